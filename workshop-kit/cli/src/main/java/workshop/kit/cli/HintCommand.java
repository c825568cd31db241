package workshop.kit.cli;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workshop.kit.WorkshopException;
import workshop.kit.grader.StepReport;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/**
 * {@code ./workshop hint step-N [task-M]}: hints before answers. Each task has hints in tiers (what
 * to think about; which API; the shape of the code), and each call shows one more tier, with the
 * ones seen before. What was seen is recorded, so {@code progress} can say how many hints a step took.
 */
@Command(name = "hint", mixinStandardHelpOptions = true,
    description = "Show the next hint for a task, one tier per call (what to think about, which API, the shape of the code).")
final class HintCommand implements Callable<Integer> {
  private static final int WIDTH = 96;

  private final Workspace workspace;

  @Parameters(index = "0", paramLabel = "step-N", description = "The step: step-1, step-2, ...")
  String stepName;

  @Parameters(index = "1", arity = "0..1", paramLabel = "task-M",
      description = "The task: task-1, 1, or bonus (default: the first task your last check left open).")
  String taskName;

  HintCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() {
    Step step = workspace.steps().named(stepName);
    LearnerRecords records = new LearnerRecords(workspace.root());
    Task task = taskName != null ? task(step, taskName) : firstOpenTask(step, records);
    List<String> hints = task.hints();
    if (hints.isEmpty()) {
      System.out.println("Task " + task.number() + " of " + step.name() + " has no hints. Read " + step.docsOf(task) + ".");
      return 0;
    }
    int tier = Math.min(records.hintsSeen(step, task) + 1, hints.size());
    records.sawHint(step, task, tier);

    System.out.println(step.name() + ", " + task.heading());
    for (int i = 0; i < tier; i++) {
      System.out.println();
      System.out.println("Hint " + (i + 1) + " of " + hints.size() + (i + 1 == tier ? "" : " (seen before)") + ":");
      wrap(hints.get(i)).forEach(line -> System.out.println("  " + line));
    }
    System.out.println();
    if (tier < hints.size()) {
      System.out.println("Still stuck? Run ./workshop hint " + step.name() + " " + task.id() + " again for hint " + (tier + 1) + " of " + hints.size() + ".");
    } else {
      System.out.println("That was the last hint. The chapter's section: " + step.docsOf(task)
          + ". Once your step is green, compare with the reference: ./workshop solution " + step.name());
    }
    return 0;
  }

  /** task-2, 2 or bonus. */
  static Task task(Step step, String name) {
    String wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
    Optional<Task> task = wanted.equals("bonus")
        ? step.tasks().stream().filter(Task::bonus).findFirst()
        : step.tasks().stream().filter(t -> wanted.equals(t.id()) || wanted.equals(Integer.toString(t.number()))).findFirst();
    return task.orElseThrow(() -> new WorkshopException("There is no task '" + name + "' in " + step.name() + ". Use one of: "
        + String.join(", ", step.tasks().stream().map(t -> t.bonus() ? t.id() + " (bonus)" : t.id()).toList()) + "."));
  }

  /** The first task whose checks failed when the step was last graded; the first task if it was never graded. */
  private static Task firstOpenTask(Step step, LearnerRecords records) {
    Optional<StepReport> last = records.lastGrading(step).map(LearnerRecords.SavedGrading::report);
    return last.flatMap(report -> report.checks().stream()
            .filter(check -> check.task() != null && !check.status().equals("pass") && !check.status().equals("skip"))
            .map(check -> step.task(check.task()).orElseThrow())
            .min(java.util.Comparator.comparingInt(Task::number)))
        .orElse(step.tasks().get(0));
  }

  private static List<String> wrap(String text) {
    List<String> lines = new java.util.ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : text.strip().split("\\s+")) {
      if (line.length() > 0 && line.length() + 1 + word.length() > WIDTH) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.length() == 0 ? "" : " ").append(word);
    }
    if (line.length() > 0) {
      lines.add(line.toString());
    }
    return lines;
  }
}
