package workshop.kit.compare;

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
   * Up to {@code points} points of the cumulative distribution, evenly spaced in rank: each is a
   * latency in milliseconds and the percentage of requests that took at most that long.
   */
  public double[][] cumulative(int points) {
    long total = count();
    int n = (int) Math.min(points, total);
    double[][] curve = new double[n][];
    for (int i = 1; i <= n; i++) {
      double percent = 100.0 * i / n;
      curve[i - 1] = new double[] {histogram.getValueAtPercentile(percent) / 1e6, percent};
    }
    return curve;
  }
}
