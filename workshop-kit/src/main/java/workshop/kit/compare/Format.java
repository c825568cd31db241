package workshop.kit.compare;

import java.util.Locale;

/** How the reports write numbers. */
final class Format {
  private Format() {}

  static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  static String count(Long value) {
    return value == null ? "n/a" : count(value.longValue());
  }

  static String percent(Double share) {
    return share == null ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
  }

  static String millis(double value) {
    if (Double.isNaN(value)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, value < 10 ? "%.2f ms" : "%.1f ms", value);
  }

  static String seconds(double value) {
    return String.format(Locale.ROOT, "%.1f s", value);
  }

  /** "31x" or "1.8x"; "n/a" when it cannot be worked out. */
  static String times(double ratio) {
    if (Double.isNaN(ratio) || Double.isInfinite(ratio)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, ratio >= 10 ? "%.0fx" : "%.1fx", ratio);
  }
}
