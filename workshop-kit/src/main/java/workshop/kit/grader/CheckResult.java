package workshop.kit.grader;

import java.util.Optional;

/**
 * One check's outcome.
 *
 * @param task the task it belongs to; empty for checks that keep earlier work working
 * @param name its display name
 * @param status pass, fail or skip
 * @param message for a failure what went wrong, for a skip why; "" for a pass
 */
public record CheckResult(Optional<TaskInfo> task, String name, CheckStatus status, String message) {}
