package workshop.kit.grader;

import java.util.Optional;
import workshop.kit.steps.Task;

/**
 * One check's outcome.
 *
 * @param checkClass the class of checks it belongs to (a class of {@code workshop.kit.checks})
 * @param task the task it belongs to in the graded step; empty for checks that keep earlier work working
 * @param name its display name
 * @param status pass, fail, error or skip
 * @param message for a failure what went wrong, for a skip why; "" for a pass
 * @param method the check's method in its class, where an IDE can show its code; "" when unknown
 */
public record CheckResult(
        String checkClass, Optional<Task> task, String name, CheckStatus status, String message, String method) {
    public CheckResult(String checkClass, Optional<Task> task, String name, CheckStatus status, String message) {
        this(checkClass, task, name, status, message, "");
    }

    public boolean isBonus() {
        return task.map(Task::bonus).orElse(false);
    }
}
