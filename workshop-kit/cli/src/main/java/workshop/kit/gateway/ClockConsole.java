package workshop.kit.gateway;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads the {@code run} terminal: a line {@code +N} moves the cache clock N seconds forward. Any
 * other line gets a one-line help; empty lines are ignored (people press Enter to space out a log).
 *
 * <p>Runs on a daemon thread, so a read blocked on the terminal never keeps Ctrl-C from stopping
 * {@code run}; with no terminal (input at its end at once, as in CI) it ends quietly.
 */
public final class ClockConsole {
    static final String HELP = "Type +N and Enter to move the cache clock N seconds forward (e.g. +60); Ctrl-C stops.";

    private final ClockControl clock;
    private final PrintStream out;

    public ClockConsole(ClockControl clock, PrintStream out) {
        this.clock = clock;
        this.out = out;
    }

    /** Starts reading {@code in} on a daemon thread. */
    public Thread startReading(InputStream in) {
        Thread reader = new Thread(() -> readAll(in), "clock-console");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    void readAll(InputStream in) {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        try {
            for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                handle(line);
            }
        } catch (IOException e) {
            // The terminal went away: nothing more to read, and nothing to report.
        }
    }

    /** Acts on one typed line. */
    void handle(String line) {
        String typed = line.strip();
        if (typed.isEmpty()) {
            return;
        }
        if (!typed.startsWith("+")) {
            out.println(HELP);
            return;
        }
        try {
            clock.advance(ClockControl.parseSeconds(typed.substring(1)), "typed " + typed);
        } catch (IllegalArgumentException | IllegalStateException e) {
            out.println(e.getMessage() + " " + HELP);
        }
    }
}
