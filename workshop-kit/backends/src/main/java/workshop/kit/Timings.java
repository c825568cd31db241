package workshop.kit;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Where a command's time goes, for the learner-loop benchmark (bench/learner-loop.sh): with the
 * environment variable {@code WORKSHOP_TIMINGS} set, each timed part of a command (the tools'
 * freshness check, the compile, the backends' start, each class of checks) is printed to stderr
 * when the JVM ends, with when it started and ended, in milliseconds after the JVM was started. The
 * parts may overlap: the backends start in the background while the step compiles.
 *
 * <p>Without the variable nothing is recorded, and a timed part costs one boolean test.
 */
public final class Timings {
    private static final boolean ON = System.getenv("WORKSHOP_TIMINGS") != null;
    /**
     * When this JVM started, as the JVM itself recorded it: the zero of every figure. (The process's
     * start time from the OS is off by a second on some virtual machines.)
     */
    private static final long STARTED_MILLIS =
            ON ? ManagementFactory.getRuntimeMXBean().getStartTime() : 0;

    private static final List<String> LINES = new ArrayList<>();

    private Timings() {}

    /** Times one part of the command. */
    public static <T> T time(String part, Supplier<T> work) {
        if (!ON) {
            return work.get();
        }
        long start = System.currentTimeMillis();
        try {
            return work.get();
        } finally {
            record(part, start);
        }
    }

    /** Times one part of the command. */
    public static void time(String part, Runnable work) {
        time(part, () -> {
            work.run();
            return null;
        });
    }

    /** A part that started at {@code startMillis} (System.currentTimeMillis()) and ends now. */
    public static void record(String part, long startMillis) {
        if (!ON) {
            return;
        }
        long end = System.currentTimeMillis();
        String line = String.format(
                Locale.ROOT,
                "[timing] %-44s %6d ms  (from %6d to %6d ms after the JVM started)",
                part,
                end - startMillis,
                startMillis - STARTED_MILLIS,
                end - STARTED_MILLIS);
        synchronized (LINES) {
            if (LINES.isEmpty()) {
                Runtime.getRuntime().addShutdownHook(new Thread(Timings::print, "print-timings"));
            }
            LINES.add(line);
        }
    }

    /** How long after the JVM's start this was called: for "JVM start up to main()". */
    public static void sinceJvmStart(String part) {
        if (ON) {
            record(part, STARTED_MILLIS);
        }
    }

    private static void print() {
        long end = System.currentTimeMillis();
        synchronized (LINES) {
            LINES.forEach(System.err::println);
        }
        System.err.printf(
                Locale.ROOT, "[timing] %-44s %6d ms%n", "whole JVM, up to its shutdown", end - STARTED_MILLIS);
    }
}
