package workshop.kit.grader;

/**
 * One check's outcome in the machine-readable results ({@code --json}, {@code --junit},
 * {@code --markdown}).
 *
 * @param step the step it was graded in: "step-2"
 * @param task the task's number in that step; null for a check of earlier work that must keep working
 * @param taskTitle the task's title; null for earlier work
 * @param bonus true for a check of a bonus task: it counts in the totals, but a step is done without it
 * @param checkClass the class of checks it belongs to (in {@code workshop.kit.checks})
 * @param name what the scorecard calls it
 * @param status how it ended: "pass", "fail" (an assertion failed), "error" (it crashed before it
 *     could judge) or "skip" (it cannot run on these backends). A bonus check has one of these
 *     too; {@code bonus} says it is one.
 * @param message for a failure what it saw and expected, for a skip why; "" for a pass
 * @param docs where it is explained: a chapter and section, relative to the repository root
 */
public record CheckGrade(
        String step,
        Integer task,
        String taskTitle,
        boolean bonus,
        String checkClass,
        String name,
        String status,
        String message,
        String docs) {

    boolean passed() {
        return status.equals("pass");
    }

    /** "fail" or "error". */
    boolean failed() {
        return status.equals("fail") || status.equals("error");
    }
}
