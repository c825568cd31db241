package workshop.kit.compare;

import java.util.Arrays;

/** Percentiles of latencies by the nearest-rank method: p95 is a value that was actually measured. */
public final class Percentiles {
  private final long[] sorted;

  public Percentiles(long[] values) {
    this.sorted = values.clone();
    Arrays.sort(sorted);
  }

  public int count() {
    return sorted.length;
  }

  /** The smallest value with at least {@code percent}% of all values at or below it; NaN if there are none. */
  public double valueAt(double percent) {
    if (percent <= 0 || percent > 100) {
      throw new IllegalArgumentException("A percentile lies in (0, 100], not " + percent);
    }
    if (sorted.length == 0) {
      return Double.NaN;
    }
    int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
    return sorted[Math.max(rank, 1) - 1];
  }

  /** The same, for nanosecond values, in milliseconds. */
  public double millisAt(double percent) {
    return valueAt(percent) / 1e6;
  }

  /** The values in ascending order (a copy). */
  public long[] sortedValues() {
    return sorted.clone();
  }
}
