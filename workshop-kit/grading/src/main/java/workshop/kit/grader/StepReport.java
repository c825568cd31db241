package workshop.kit.grader;

import java.util.List;
import workshop.kit.steps.Steps;

/**
 * One step's grading as data: what {@code progress} remembers between runs and what {@code --json}
 * writes. The scorecard and this report come from the same {@link StepResult}.
 *
 * @param checked whose code was graded
 * @param hintsUsed hint tiers the learner has asked for in this step (see {@code ./workshop hint})
 */
public record StepReport(
        String step,
        String module,
        String title,
        String checked,
        boolean complete,
        long passed,
        long failed,
        long skipped,
        int total,
        int hintsUsed,
        List<CheckReport> checks) {

    /**
     * One check.
     *
     * @param task the task's number in this step; null for checks of earlier work
     * @param status pass, fail, error or skip
     * @param docs where the check is explained
     */
    public record CheckReport(
            String checkClass,
            Integer task,
            String taskTitle,
            boolean bonus,
            String name,
            String status,
            String message,
            String docs) {}

    /** The report with its docs links in English: what the results files (JSON, JUnit XML, Markdown) hold. */
    public static StepReport of(StepResult result, Steps steps, int hintsUsed) {
        return of(result, new Scorecard(steps), hintsUsed);
    }

    /** The report with the docs links the scorecard prints (in the scorecard's language). */
    public static StepReport of(StepResult result, Scorecard scorecard, int hintsUsed) {
        List<CheckReport> checks = result.checks().stream()
                .map(check -> new CheckReport(
                        check.checkClass(),
                        check.task().map(task -> task.number()).orElse(null),
                        check.task().map(task -> task.title()).orElse(null),
                        check.isBonus(),
                        check.name(),
                        check.status().name().toLowerCase(java.util.Locale.ROOT),
                        check.message(),
                        scorecard.docsOf(result.step(), check).target()))
                .toList();
        return new StepReport(
                result.step().name(),
                result.step().module(),
                result.step().title(),
                result.checked(),
                result.complete(),
                result.passed(),
                result.failed(),
                result.skipped(),
                result.checks().size(),
                hintsUsed,
                checks);
    }
}
