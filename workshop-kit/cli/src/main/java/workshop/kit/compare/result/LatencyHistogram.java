package workshop.kit.compare.result;

import org.HdrHistogram.Histogram;

/**
 * Latencies of any number of requests in a fixed amount of memory: an HdrHistogram that keeps
 * three significant digits (a 12.3 ms request is told from a 12.4 ms one) from 1 microsecond to an
 * hour. Percentiles are therefore accurate to 0.1%, not exact values, and no request is kept.
 */
public final class LatencyHistogram {
    private static final long LOWEST_NANOS = 1_000;
    private static final long HIGHEST_NANOS = 3_600_000_000_000L;

    private final Histogram histogram = new Histogram(LOWEST_NANOS, HIGHEST_NANOS, 3);

    /** Records one latency; values outside the range are clamped into it. */
    public void record(long nanos) {
        histogram.recordValue(Math.max(LOWEST_NANOS, Math.min(HIGHEST_NANOS, nanos)));
    }

    public long count() {
        return histogram.getTotalCount();
    }

    /** The latency at or below which {@code percent}% of them lie, in milliseconds; NaN if there are none. */
    public double millisAt(double percent) {
        if (percent <= 0 || percent > 100) {
            throw new IllegalArgumentException("A percentile lies in (0, 100], not " + percent);
        }
        if (count() == 0) {
            return Double.NaN;
        }
        return histogram.getValueAtPercentile(percent) / 1e6;
    }

    /**
     * The cumulative distribution at {@code points} latencies spaced evenly on a log scale from the
     * fastest to the slowest: each point is a latency in milliseconds and the percentage of requests
     * that took at most that long.
     */
    public double[][] cumulative(int points) {
        if (count() == 0) {
            return new double[0][];
        }
        double low = Math.log(histogram.getMinValue());
        double high = Math.log(histogram.getMaxValue());
        double[][] curve = new double[points][];
        for (int i = 0; i < points; i++) {
            long nanos = Math.round(Math.exp(low + (high - low) * i / Math.max(1, points - 1)));
            curve[i] = new double[] {nanos / 1e6, histogram.getPercentileAtOrBelowValue(nanos)};
        }
        return curve;
    }
}
