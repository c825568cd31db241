package workshop.kit.grader;

import java.util.List;

/**
 * Counts over one step's checks and tasks, or over several steps.
 *
 * @param checks checks that ran
 * @param passed checks that passed
 * @param failed checks that did not pass and were not skipped: assertions that failed and checks
 *     that crashed, counted together as the scorecard does ("n passed, m failed")
 * @param errors of the failed checks, those that crashed instead of judging (status "error")
 * @param skipped checks that could not run on these backends (never the learner's doing)
 * @param bonusChecks checks of bonus tasks (included in the counts above)
 * @param bonusPassed bonus checks that passed
 * @param tasks the tasks a step needs done, bonus tasks not counted
 * @param tasksDone of those, the tasks whose checks all ran and none failed
 * @param bonusTasks bonus tasks
 * @param bonusTasksDone bonus tasks done
 * @param hintsUsed hint tiers the learner asked for ({@code ./workshop hint})
 */
public record GradeTotals(
        int checks,
        int passed,
        int failed,
        int errors,
        int skipped,
        int bonusChecks,
        int bonusPassed,
        int tasks,
        int tasksDone,
        int bonusTasks,
        int bonusTasksDone,
        int hintsUsed) {

    static GradeTotals of(List<CheckGrade> checks, List<TaskGrade> tasks, int hintsUsed) {
        return new GradeTotals(
                checks.size(),
                count(checks, "pass"),
                count(checks, "fail") + count(checks, "error"),
                count(checks, "error"),
                count(checks, "skip"),
                (int) checks.stream().filter(CheckGrade::bonus).count(),
                (int) checks.stream()
                        .filter(check -> check.bonus() && check.passed())
                        .count(),
                (int) tasks.stream().filter(task -> !task.bonus()).count(),
                (int) tasks.stream()
                        .filter(task -> !task.bonus() && task.done())
                        .count(),
                (int) tasks.stream().filter(TaskGrade::bonus).count(),
                (int) tasks.stream().filter(task -> task.bonus() && task.done()).count(),
                hintsUsed);
    }

    /** The sum of several steps' totals. */
    static GradeTotals sum(List<GradeTotals> all) {
        GradeTotals sum = new GradeTotals(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
        for (GradeTotals t : all) {
            sum = new GradeTotals(
                    sum.checks + t.checks,
                    sum.passed + t.passed,
                    sum.failed + t.failed,
                    sum.errors + t.errors,
                    sum.skipped + t.skipped,
                    sum.bonusChecks + t.bonusChecks,
                    sum.bonusPassed + t.bonusPassed,
                    sum.tasks + t.tasks,
                    sum.tasksDone + t.tasksDone,
                    sum.bonusTasks + t.bonusTasks,
                    sum.bonusTasksDone + t.bonusTasksDone,
                    sum.hintsUsed + t.hintsUsed);
        }
        return sum;
    }

    private static int count(List<CheckGrade> checks, String status) {
        return (int)
                checks.stream().filter(check -> check.status().equals(status)).count();
    }
}
