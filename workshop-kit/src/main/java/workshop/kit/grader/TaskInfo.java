package workshop.kit.grader;

import workshop.kit.checks.Task;

/**
 * The task a check belongs to, as its class's {@link Task} annotation describes it.
 *
 * @param bonus a bonus task is shown, but a step is complete without it
 */
public record TaskInfo(int number, String title, String docs, boolean bonus) {
  public static TaskInfo of(Task task) {
    return new TaskInfo(task.number(), task.title(), task.docs(), task.bonus());
  }

  /** How the scorecard heads the task's group. */
  public String heading() {
    return bonus ? "Bonus task: " + title + " (the step is complete without it)" : "Task " + number + ": " + title;
  }
}
