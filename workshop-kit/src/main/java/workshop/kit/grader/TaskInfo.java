package workshop.kit.grader;

import workshop.kit.checks.Task;

/** The task a check belongs to, as its class's {@link Task} annotation describes it. */
public record TaskInfo(int number, String title, String docs) {
  public static TaskInfo of(Task task) {
    return new TaskInfo(task.number(), task.title(), task.docs());
  }
}
