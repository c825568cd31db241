package workshop.kit.gateway;

import java.math.BigDecimal;
import java.time.Duration;

/** Durations as the log and the inspector print them: whole seconds where they are whole. */
final class Seconds {
    private Seconds() {}

    /** "60 s", "1.5 s". */
    static String format(Duration duration) {
        return plain(duration) + " s";
    }

    /** "60", "1.5": the duration in seconds, without trailing zeros. */
    static String plain(Duration duration) {
        BigDecimal seconds =
                BigDecimal.valueOf(duration.toNanos()).movePointLeft(9).stripTrailingZeros();
        return seconds.toPlainString();
    }

    /**
     * The time an entry has left, in whole seconds rounded up: an entry with 0.3 s left is still
     * served, so it shows as 1 s, never 0 s.
     */
    static long leftRoundedUp(Duration remaining) {
        if (remaining.isNegative() || remaining.isZero()) {
            return 0;
        }
        long millis = remaining.toMillis();
        return (millis + 999) / 1000;
    }
}
