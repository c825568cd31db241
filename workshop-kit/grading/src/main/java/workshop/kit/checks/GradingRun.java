package workshop.kit.checks;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import workshop.kit.code.CompiledStep;
import workshop.kit.steps.Step;

/**
 * One run of a step's checks: which step, whose compiled code, and everything printed while the
 * checks ran. The grader opens it around the run; the checks read it to build the step's handler
 * (from the step's own class loader, by the class name serverless.yml gives, as Lambda does) and to
 * find what the service logged during one request.
 *
 * <p>Checks run one at a time on the grader's thread, so one current run is enough.
 */
public final class GradingRun implements AutoCloseable {
    private static volatile GradingRun current;

    private final CompiledStep code;
    private final ClassLoader classes;
    private final ByteArrayOutputStream output = new ByteArrayOutputStream();
    private final PrintStream originalOut = System.out;
    private final PrintStream originalErr = System.err;

    private GradingRun(CompiledStep code, ClassLoader classes) {
        this.code = code;
        this.classes = classes;
    }

    /** Starts a run: from now on, what the service and the checks print is kept, not shown. */
    public static synchronized GradingRun start(CompiledStep code, ClassLoader classes) {
        if (current != null) {
            throw new IllegalStateException("A grading run is already going on");
        }
        GradingRun run = new GradingRun(code, classes);
        PrintStream capture = new PrintStream(run.output, true, StandardCharsets.UTF_8);
        System.setOut(capture);
        System.setErr(capture);
        current = run;
        return run;
    }

    /** The run going on now; checks only run inside one. */
    static GradingRun current() {
        GradingRun run = current;
        if (run == null) {
            throw new IllegalStateException(
                    "These checks run through the workshop's grader (./workshop check), which tells them whose code to check.");
        }
        return run;
    }

    /** The run going on now, if any (robustness tests call the API outside the grader). */
    static java.util.Optional<GradingRun> active() {
        return java.util.Optional.ofNullable(current);
    }

    public Step step() {
        return code.step();
    }

    public CompiledStep code() {
        return code;
    }

    ClassLoader classes() {
        return classes;
    }

    /** A position in the output, to read what was printed after it. */
    public synchronized int mark() {
        return output.size();
    }

    /** What was printed since {@code mark}. */
    public synchronized String outputSince(int mark) {
        String all = output.toString(StandardCharsets.UTF_8);
        return mark <= all.length() ? all.substring(mark) : "";
    }

    /** Everything printed during the run. */
    public synchronized String output() {
        return output.toString(StandardCharsets.UTF_8);
    }

    /** A line of the checks' own in the output log, e.g. to label a fault they inject on purpose. */
    public static void note(String line) {
        GradingRun run = current;
        if (run != null) {
            System.out.println("[check] " + line);
        }
    }

    @Override
    public synchronized void close() {
        System.setOut(originalOut);
        System.setErr(originalErr);
        current = null;
    }
}
