package workshop.kit.compare.workload;

import java.util.Random;

/**
 * When each request of the workload arrives, in simulated nanoseconds since the workload began:
 * independent arrivals (a Poisson process), so the gaps between requests are exponentially
 * distributed around a mean of {@code timeScale / requestsPerSecond} seconds.
 *
 * <p>The times come from their own random stream, apart from what the requests are, so a run with
 * another time scale gets the same requests at proportionally the same times: the same workload,
 * only slower or faster. The TTL sweep relies on that.
 */
final class ArrivalTimes {
    private static final double NANOS_PER_SECOND = 1e9;

    private final Random random;
    private final double meanGapNanos;
    private double elapsed;
    private long last = 0;

    ArrivalTimes(long seed, double requestsPerSecond, double timeScale) {
        if (!(timeScale > 0)) {
            throw new IllegalArgumentException("The time scale is above 0, not " + timeScale);
        }
        this.random = new Random(seed);
        this.meanGapNanos = NANOS_PER_SECOND / requestsPerSecond * timeScale;
    }

    /** The next arrival; strictly later than the one before, so no two requests share a moment. */
    long next() {
        elapsed += -Math.log(1 - random.nextDouble()) * meanGapNanos;
        last = Math.max(last + 1, Math.round(elapsed));
        return last;
    }

    /** The arrival of the {@code count}th request, worked out without making any request. */
    static long lastOf(long seed, double requestsPerSecond, double timeScale, long count) {
        ArrivalTimes times = new ArrivalTimes(seed, requestsPerSecond, timeScale);
        long at = 0;
        for (long i = 0; i < count; i++) {
            at = times.next();
        }
        return at;
    }
}
