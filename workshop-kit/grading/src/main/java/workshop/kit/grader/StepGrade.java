package workshop.kit.grader;

import java.util.List;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/**
 * One step in the machine-readable results: its state, its tasks, every check and the totals. It is
 * made from the same {@link StepReport} (and so the same {@link StepResult}) the scorecard prints,
 * or says that the step's code does not compile.
 *
 * @param state {@link #DONE}, {@link #IN_PROGRESS} or {@link #DOES_NOT_COMPILE}
 * @param complete what {@code ./workshop check} judges: every check ran and none failed, bonus aside
 * @param checked whose code was graded
 * @param compileErrors the compiler's messages when the code does not compile; null otherwise
 */
public record StepGrade(
        String step,
        String module,
        String title,
        String state,
        boolean complete,
        String checked,
        String compileErrors,
        GradeTotals totals,
        List<TaskGrade> tasks,
        List<CheckGrade> checks) {

    public static final String DONE = "done";
    public static final String IN_PROGRESS = "in progress";
    public static final String DOES_NOT_COMPILE = "does not compile";

    public StepGrade {
        tasks = tasks == null ? List.of() : List.copyOf(tasks);
        checks = checks == null ? List.of() : List.copyOf(checks);
    }

    /** A graded step. The step gives its tasks, so a task none of whose checks ran still shows, not done. */
    public static StepGrade of(Step step, StepReport report) {
        List<CheckGrade> checks = report.checks().stream()
                .map(check -> new CheckGrade(
                        step.name(),
                        check.task(),
                        check.taskTitle(),
                        check.bonus(),
                        check.checkClass(),
                        check.name(),
                        check.status(),
                        check.message(),
                        check.docs()))
                .toList();
        List<TaskGrade> tasks =
                step.tasks().stream().map(task -> taskGrade(step, task, checks)).toList();
        return new StepGrade(
                step.name(),
                step.module(),
                step.title(),
                report.complete() ? DONE : IN_PROGRESS,
                report.complete(),
                report.checked(),
                null,
                GradeTotals.of(checks, tasks, report.hintsUsed()),
                tasks,
                checks);
    }

    /** A step whose code does not compile: no check ran, no task is done. */
    public static StepGrade notCompiling(Step step, String checked, String compileErrors, int hintsUsed) {
        List<TaskGrade> tasks = step.tasks().stream()
                .map(task -> taskGrade(step, task, List.of()))
                .toList();
        return new StepGrade(
                step.name(),
                step.module(),
                step.title(),
                DOES_NOT_COMPILE,
                false,
                checked,
                compileErrors,
                GradeTotals.of(List.of(), tasks, hintsUsed),
                tasks,
                List.of());
    }

    private static TaskGrade taskGrade(Step step, Task task, List<CheckGrade> checks) {
        List<CheckGrade> own = checks.stream()
                .filter(check -> Integer.valueOf(task.number()).equals(check.task()))
                .toList();
        int passed = (int) own.stream().filter(CheckGrade::passed).count();
        boolean done = !own.isEmpty() && own.stream().noneMatch(CheckGrade::failed);
        return new TaskGrade(task.number(), task.title(), task.bonus(), own.size(), passed, done, step.docsOf(task));
    }
}
