package workshop.kit.compare.report;

import java.util.Locale;

/** How the reports write numbers. */
public final class Format {
    private Format() {}

    public static String count(long value) {
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

    /** "$0.214" per million: three decimals, as the costs compared are fractions of a dollar. */
    static String dollars(double value) {
        return String.format(Locale.ROOT, value < 10 ? "$%.3f" : "$%,.2f", value);
    }

    /** Bytes in kB, MB or GB (powers of 1000, as transfer is priced). */
    static String bytes(long value) {
        if (value < 1_000_000) {
            return String.format(Locale.ROOT, "%.1f kB", value / 1e3);
        }
        return value < 1_000_000_000
                ? String.format(Locale.ROOT, "%.1f MB", value / 1e6)
                : String.format(Locale.ROOT, "%.2f GB", value / 1e9);
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
