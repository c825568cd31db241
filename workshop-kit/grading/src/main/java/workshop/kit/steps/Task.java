package workshop.kit.steps;

import java.util.List;

/**
 * One task of a step: the work a learner does, the checks that grade it, the section of the chapter
 * that explains it, and hints in tiers (what to think about, which API, the shape of the code).
 *
 * @param checks classes of {@code workshop.kit.checks} that grade it
 * @param bonus a bonus task is shown, but a step is complete without it
 */
public record Task(int number, String title, String anchor, boolean bonus, List<String> checks, List<String> hints) {
  public Task {
    checks = List.copyOf(checks == null ? List.of() : checks);
    hints = List.copyOf(hints == null ? List.of() : hints);
  }

  /** How the scorecard heads the task's group. */
  public String heading() {
    return heading(number, title, bonus);
  }

  /** How the scorecard heads a task's group, from what a grading's results keep of the task. */
  public static String heading(int number, String title, boolean bonus) {
    return bonus ? "Bonus task: " + title + " (the step is complete without it)" : "Task " + number + ": " + title;
  }

  /** "task-2", as learners name it on the command line. */
  public String id() {
    return "task-" + number;
  }
}
