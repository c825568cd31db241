package workshop.kit.momento;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;

/**
 * Real time, plus an offset a learner can move forward ({@code +60} in {@code ./workshop run}).
 *
 * <p>Time is read from a monotonic nanosecond source ({@link System#nanoTime()} unless a test
 * hands its own), not from the time of day, so a laptop's clock being set back never brings an
 * expired entry back. The offset only grows, so this clock never goes back either.
 */
public final class WallClock implements CacheClock {

    private final LongSupplier nanoSource;
    private final long startReading;
    private final Instant start;
    private final AtomicLong offsetNanos = new AtomicLong();

    /** Real time, starting now. */
    public WallClock() {
        this(System::nanoTime, Instant.now());
    }

    /**
     * Time read from {@code nanoSource}, which must never go back; for tests that want a clock that
     * runs by itself yet is under their control.
     *
     * @param start the instant this clock shows before any time has passed
     */
    public WallClock(LongSupplier nanoSource, Instant start) {
        this.nanoSource = nanoSource;
        this.startReading = nanoSource.getAsLong();
        this.start = start;
    }

    @Override
    public Instant now() {
        return start.plusNanos(nanos());
    }

    @Override
    public long nanos() {
        return nanoSource.getAsLong() - startReading + offsetNanos.get();
    }

    /** Puts the clock {@code duration} further ahead of real time. */
    @Override
    public void advance(Duration duration) {
        if (duration.isNegative()) {
            throw new IllegalArgumentException("A clock only moves forward, not by " + duration);
        }
        offsetNanos.addAndGet(duration.toNanos());
    }

    /** How far this clock has been moved ahead of real time so far. */
    public Duration offset() {
        return Duration.ofNanos(offsetNanos.get());
    }

    @Override
    public String toString() {
        return "WallClock[" + now() + ", " + offset().toSeconds() + " s ahead]";
    }
}
