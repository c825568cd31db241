package workshop.kit.gateway;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.regex.Pattern;
import workshop.kit.momento.CacheClock;

/**
 * Moves the local cache's clock forward for a learner who does not want to wait out a TTL: typed
 * {@code +60} in the {@code run} terminal ({@link ClockConsole}), or
 * {@code POST /_workshop/clock?advance=60} (the inspector's button, scripts). Every move is printed
 * in the request log, so the log explains why an entry expired early.
 *
 * <p>On real Momento there is no clock to move: entries expire on Momento's own time.
 */
public final class ClockControl {
    /** The furthest one move may go: enough for any TTL of the workshop, and no typo of a million years. */
    public static final Duration MAX_ADVANCE = Duration.ofDays(365);

    private static final Pattern SECONDS = Pattern.compile("[0-9]{1,12}(\\.[0-9]{1,9})?");

    private final Optional<CacheClock> clock;
    private final PrintStream log;
    private Duration moved = Duration.ZERO; // guarded by this

    ClockControl(Optional<CacheClock> clock, PrintStream log) {
        this.clock = clock;
        this.log = log;
    }

    /** False on real Momento, where there is no clock of ours to move. */
    public boolean canMove() {
        return clock.isPresent();
    }

    /** How far all moves so far have put the cache's clock ahead of real time. */
    public synchronized Duration skew() {
        return moved;
    }

    /**
     * Parses a number of seconds as a learner writes it ({@code 60}, {@code 1.5}).
     *
     * @throws IllegalArgumentException saying what is wrong, when it is not a number of seconds from
     *     0 to {@link #MAX_ADVANCE}
     */
    public static Duration parseSeconds(String text) {
        String trimmed = text == null ? "" : text.strip();
        if (trimmed.isEmpty()) {
            throw new IllegalArgumentException("Say how many seconds to move the cache clock forward, e.g. 60.");
        }
        if (!SECONDS.matcher(trimmed).matches()) {
            throw new IllegalArgumentException("'" + abbreviate(trimmed)
                    + "' is not a number of seconds: give 0 or more, e.g. 60 (the clock only moves forward).");
        }
        BigDecimal seconds = new BigDecimal(trimmed);
        if (seconds.compareTo(BigDecimal.valueOf(MAX_ADVANCE.toSeconds())) > 0) {
            throw new IllegalArgumentException("'" + trimmed + "' seconds is more than a year; move the clock at most "
                    + MAX_ADVANCE.toSeconds() + " s at a time.");
        }
        return Duration.ofNanos(seconds.movePointRight(9).longValueExact());
    }

    /**
     * Moves the clock forward and prints the move.
     *
     * @param how what asked for it, for the log: "typed +60", "POST /_workshop/clock"
     * @return the skew after the move
     * @throws IllegalStateException on real Momento
     */
    public synchronized Duration advance(Duration by, String how) {
        if (clock.isEmpty()) {
            throw new IllegalStateException(
                    "The cache clock can only be moved on the workshop's local Momento server; with MOMENTO_API_KEY set, entries expire on Momento's own time.");
        }
        if (by.isNegative() || by.compareTo(MAX_ADVANCE) > 0) {
            throw new IllegalArgumentException(
                    "A move must be between 0 and " + MAX_ADVANCE.toSeconds() + " s, not " + Seconds.format(by));
        }
        clock.get().advance(by);
        moved = moved.plus(by);
        log.println("Cache clock moved " + Seconds.format(by) + " forward (" + how + "); it is now "
                + Seconds.format(moved) + " ahead of real time.");
        return moved;
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "...";
    }
}
