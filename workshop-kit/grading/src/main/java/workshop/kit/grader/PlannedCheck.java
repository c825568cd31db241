package workshop.kit.grader;

import java.util.Optional;
import workshop.kit.steps.Task;

/**
 * A check a step will run, known before it runs: its class of checks, its method, its display
 * name, and the task it grades (empty for a check of earlier work that must keep working).
 */
public record PlannedCheck(String checkClass, String method, String name, Optional<Task> task) {}
