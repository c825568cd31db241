package workshop.kit.momento;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock that only moves when a test says so.
 *
 * <p>The local Momento server reads time from here, both for expiring entries and for stamping
 * the operations log. A check can therefore let a 60-second TTL run out in a microsecond with
 * {@link #advance(Duration)}, and the same check gives the same result on a slow laptop and a
 * fast CI machine. It is thread-safe: gRPC threads read it while the test thread advances it.
 */
public final class ManualClock implements CacheClock {

    /** A fixed, recognisable start, so that logged instants are the same on every run. */
    public static final Instant DEFAULT_START = Instant.parse("2030-01-01T00:00:00Z");

    private final Instant start;
    private final AtomicLong elapsedNanos = new AtomicLong();

    public ManualClock() {
        this(DEFAULT_START);
    }

    public ManualClock(Instant start) {
        this.start = start;
    }

    /** The current instant: the start plus everything advanced so far. */
    @Override
    public Instant now() {
        return start.plusNanos(elapsedNanos.get());
    }

    /** Moves time forward; time never goes back, as entries that expired must stay expired. */
    @Override
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock only moves forward, not by " + duration);
        }
        elapsedNanos.addAndGet(duration.toNanos());
    }

    /**
     * Moves time forward to the reading {@code elapsed} (nanoseconds since the start), or leaves it
     * where it is if it already reads that or later: for callers that replay timestamped events,
     * possibly from several threads, and must never move time back.
     */
    public void advanceTo(long elapsed) {
        elapsedNanos.accumulateAndGet(elapsed, Math::max);
    }

    /** Nanoseconds elapsed since the start: a monotonic reading, as Caffeine's {@code Ticker} wants. */
    @Override
    public long nanos() {
        return elapsedNanos.get();
    }

    @Override
    public String toString() {
        return "ManualClock[" + now() + "]";
    }
}
