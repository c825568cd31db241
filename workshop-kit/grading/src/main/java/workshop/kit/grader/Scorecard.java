package workshop.kit.grader;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import workshop.kit.steps.DocsLink;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * Prints a {@link StepResult} for the learner: a header, the checks grouped by task, a summary and
 * what to do next. The lines that say what to do next (where to read, how to get a hint, what to
 * run) are in the learner's language ({@link Guidance}); what was graded is English.
 */
public final class Scorecard {
    public static final String KEEPS_WORKING = "Keeps working (from the service and earlier steps)";

    private final Steps steps;
    private final Guidance guidance;

    /** A scorecard in English. */
    public Scorecard(Steps steps) {
        this(steps, Guidance.english());
    }

    public Scorecard(Steps steps, Guidance guidance) {
        this.steps = steps;
        this.guidance = guidance;
    }

    public void print(StepResult result, PrintStream out) {
        Step step = result.step();
        out.println();
        out.println("Step " + step.number() + ": " + step.title() + " — " + result.passed() + " of "
                + result.checks().size() + " checks pass");
        out.println("(checked: " + result.checked() + ")");

        Map<Integer, List<CheckResult>> byTask = new TreeMap<>();
        List<CheckResult> keepsWorking = new ArrayList<>();
        for (CheckResult check : result.checks()) {
            if (check.task().isPresent()) {
                byTask.computeIfAbsent(check.task().get().number(), n -> new ArrayList<>())
                        .add(check);
            } else {
                keepsWorking.add(check);
            }
        }
        byTask.values().forEach(checks -> {
            Task task = checks.get(0).task().get();
            printGroup(step, task.heading(), checks, out);
        });
        if (!keepsWorking.isEmpty()) {
            printGroup(step, KEEPS_WORKING, keepsWorking, out);
        }

        out.println();
        out.println(summary(result));
        out.println(nextStep(result));
    }

    /**
     * The short form {@code ./workshop watch} shows: one line per task, then the first failing check
     * in full (its message, where to read, where to get a hint), so it fits on one screen.
     */
    public void printCompact(StepResult result, PrintStream out) {
        Step step = result.step();
        out.println("Step " + step.number() + ": " + step.title() + " — " + result.passed() + " of "
                + result.checks().size() + " checks pass");
        out.println("(checked: " + result.checked() + ")");
        out.println();
        Map<Integer, List<CheckResult>> byTask = new TreeMap<>();
        List<CheckResult> keepsWorking = new ArrayList<>();
        for (CheckResult check : result.checks()) {
            check.task()
                    .ifPresentOrElse(
                            task -> byTask.computeIfAbsent(task.number(), n -> new ArrayList<>())
                                    .add(check),
                            () -> keepsWorking.add(check));
        }
        byTask.values()
                .forEach(checks ->
                        out.println(groupLine(checks.get(0).task().get().heading(), checks)));
        if (!keepsWorking.isEmpty()) {
            out.println(groupLine("Keeps working", keepsWorking));
        }
        firstFailure(result).ifPresent(check -> {
            out.println();
            out.println(guidance.firstCheckToFix(check.task()));
            out.println("  " + check.status().label() + " " + check.name());
            check.message().lines().forEach(line -> out.println("         " + line));
            out.println("         " + guidance.read(docsOf(step, check)));
            check.task().ifPresent(task -> out.println("         " + guidance.stuck(step, task)));
        });
        if (result.complete()) {
            out.println();
            out.println(nextStep(result));
        }
    }

    /**
     * What {@code ./workshop check step-N --task M} prints: only that task's checks ran, so it says
     * whether the task is done, not the step.
     */
    public void printTask(StepResult result, Task task, PrintStream out) {
        Step step = result.step();
        out.println();
        out.println("Step " + step.number() + ", " + task.heading() + " — " + result.passed() + " of "
                + result.checks().size() + " checks pass");
        out.println("(checked: " + result.checked() + "; only this task's checks ran)");
        printGroup(step, task.heading(), result.checks(), out);
        out.println();
        out.println(summary(result));
        out.println(taskDone(result) ? guidance.taskDone(step, task) : guidance.nextInTask(step, task));
    }

    /** A run of one task's checks: they ran, and none failed (bonus or not). */
    public static boolean taskDone(StepResult result) {
        return !result.checks().isEmpty() && result.failed() == 0;
    }

    private static String groupLine(String title, List<CheckResult> checks) {
        long passed =
                checks.stream().filter(c -> c.status() == CheckStatus.PASS).count();
        String mark = passed == checks.size() ? "done" : passed + " of " + checks.size();
        return String.format("  %-60s %s", title, mark);
    }

    /** The failure to show first: the lowest-numbered task's (bonus last), then earlier work's. */
    static Optional<CheckResult> firstFailure(StepResult result) {
        Comparator<CheckResult> order = Comparator.comparing(
                        (CheckResult c) -> c.task().isEmpty() ? 2 : c.isBonus() ? 1 : 0)
                .thenComparingInt(c -> c.task().map(Task::number).orElse(0));
        return result.checks().stream().filter(c -> c.status().failed()).min(order);
    }

    /** "n passed, m failed", plus ", k skipped" when any were. */
    static String summary(StepResult result) {
        String summary = result.passed() + " passed, " + result.failed() + " failed";
        return result.skipped() > 0 ? summary + ", " + result.skipped() + " skipped" : summary;
    }

    private void printGroup(Step step, String title, List<CheckResult> checks, PrintStream out) {
        long passed =
                checks.stream().filter(c -> c.status() == CheckStatus.PASS).count();
        out.println();
        out.println(title + " (" + passed + " of " + checks.size() + ")");
        for (CheckResult check : checks) {
            out.println("  " + check.status().label() + " " + check.name());
            if (check.status() != CheckStatus.PASS && !check.message().isBlank()) {
                check.message().lines().forEach(line -> out.println("         " + line));
            }
            if (check.status().failed()) {
                out.println("         " + guidance.read(docsOf(step, check)));
            }
        }
    }

    /**
     * Where a failed check is explained, in the scorecard's language: its task's section in this
     * step, or, for earlier work, the section of the task that introduced the check, or else the chapter.
     */
    public DocsLink docsOf(Step step, CheckResult check) {
        if (check.task().isPresent()) {
            return guidance.chapters().section(step, check.task().get());
        }
        return steps.introducingStep(check.checkClass())
                .map(introducing -> guidance.chapters()
                        .section(
                                introducing,
                                introducing.taskOf(check.checkClass()).orElseThrow()))
                .orElseGet(() -> guidance.chapters().chapter(step));
    }

    private static Optional<Task> openBonus(StepResult result) {
        return result.checks().stream()
                .filter(check -> check.isBonus() && check.status().failed())
                .map(check -> check.task().get())
                .findFirst();
    }

    private String nextStep(StepResult result) {
        Step step = result.step();
        if (result.checks().isEmpty()) {
            return guidance.noChecksRan(step);
        }
        if (result.complete()) {
            return guidance.stepDone(step, openBonus(result), steps.after(step));
        }
        Optional<CheckResult> firstTaskFailure = result.checks().stream()
                .filter(c -> c.status().failed() && c.task().isPresent() && !c.isBonus())
                .min(Comparator.comparingInt(c -> c.task().get().number()));
        if (firstTaskFailure.isPresent()) {
            return guidance.nextTask(step, firstTaskFailure.get().task().get());
        }
        return guidance.fixEarlierWork(step);
    }
}
