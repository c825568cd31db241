package workshop.kit.grader;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/** Prints a {@link StepResult} for the learner: a header, the checks grouped by task, a summary and what to do next. */
public final class Scorecard {
  public static final String KEEPS_WORKING = "Keeps working (from the service and earlier steps)";

  private final Steps steps;

  public Scorecard(Steps steps) {
    this.steps = steps;
  }

  public void print(StepResult result, PrintStream out) {
    Step step = result.step();
    out.println();
    out.println("Step " + step.number() + ": " + step.title() + " — " + result.passed() + " of " + result.checks().size() + " checks pass");
    out.println("(checked: " + result.checked() + ")");

    Map<Integer, List<CheckResult>> byTask = new TreeMap<>();
    List<CheckResult> keepsWorking = new ArrayList<>();
    for (CheckResult check : result.checks()) {
      if (check.task().isPresent()) {
        byTask.computeIfAbsent(check.task().get().number(), n -> new ArrayList<>()).add(check);
      } else {
        keepsWorking.add(check);
      }
    }
    byTask.values().forEach(checks -> {
      Task task = checks.get(0).task().get();
      printGroup(step, task.heading(), checks, out);
    });
    if (!keepsWorking.isEmpty()) {
      printGroup(step, KEEPS_WORKING, keepsWorking, out);
    }

    out.println();
    out.println(summary(result));
    out.println(nextStep(result));
  }

  /**
   * The short form {@code ./workshop watch} shows: one line per task, then the first failing check
   * in full (its message, where to read, where to get a hint), so it fits on one screen.
   */
  public void printCompact(StepResult result, PrintStream out) {
    Step step = result.step();
    out.println("Step " + step.number() + ": " + step.title() + " — " + result.passed() + " of " + result.checks().size() + " checks pass");
    out.println("(checked: " + result.checked() + ")");
    out.println();
    Map<Integer, List<CheckResult>> byTask = new TreeMap<>();
    List<CheckResult> keepsWorking = new ArrayList<>();
    for (CheckResult check : result.checks()) {
      check.task().ifPresentOrElse(task -> byTask.computeIfAbsent(task.number(), n -> new ArrayList<>()).add(check), () -> keepsWorking.add(check));
    }
    byTask.values().forEach(checks -> out.println(groupLine(checks.get(0).task().get().heading(), checks)));
    if (!keepsWorking.isEmpty()) {
      out.println(groupLine("Keeps working", keepsWorking));
    }
    firstFailure(result).ifPresent(check -> {
      out.println();
      out.println("First check to fix" + check.task().map(task -> " (Task " + task.number() + ")").orElse(" (it worked before)") + ":");
      out.println("  " + check.status().label() + " " + check.name());
      check.message().lines().forEach(line -> out.println("         " + line));
      out.println("         Read: " + docsOf(step, check));
      check.task().ifPresent(task -> out.println("         Stuck? ./workshop hint " + step.name() + " " + task.id()));
    });
    if (result.complete()) {
      out.println();
      out.println(nextStep(result));
    }
  }

  /**
   * What {@code ./workshop check step-N --task M} prints: only that task's checks ran, so it says
   * whether the task is done, not the step.
   */
  public void printTask(StepResult result, Task task, PrintStream out) {
    Step step = result.step();
    out.println();
    out.println("Step " + step.number() + ", " + task.heading() + " — " + result.passed() + " of " + result.checks().size() + " checks pass");
    out.println("(checked: " + result.checked() + "; only this task's checks ran)");
    printGroup(step, task.heading(), result.checks(), out);
    out.println();
    out.println(summary(result));
    if (taskDone(result)) {
      out.println("Task " + task.number() + " is done. All of " + step.name() + ": ./workshop check " + step.name());
    } else {
      out.println("Next: read " + step.docsOf(task) + " (stuck? ./workshop hint " + step.name() + " " + task.id()
          + "), then run ./workshop check " + step.name() + " --task " + task.number() + " again.");
    }
  }

  /** A run of one task's checks: they ran, and none failed (bonus or not). */
  public static boolean taskDone(StepResult result) {
    return !result.checks().isEmpty() && result.failed() == 0;
  }

  private static String groupLine(String title, List<CheckResult> checks) {
    long passed = checks.stream().filter(c -> c.status() == CheckStatus.PASS).count();
    String mark = passed == checks.size() ? "done" : passed + " of " + checks.size();
    return String.format("  %-60s %s", title, mark);
  }

  /** The failure to show first: the lowest-numbered task's (bonus last), then earlier work's. */
  static Optional<CheckResult> firstFailure(StepResult result) {
    Comparator<CheckResult> order = Comparator
        .comparing((CheckResult c) -> c.task().isEmpty() ? 2 : c.isBonus() ? 1 : 0)
        .thenComparingInt(c -> c.task().map(Task::number).orElse(0));
    return result.checks().stream().filter(c -> c.status().failed()).min(order);
  }

  /** "n passed, m failed", plus ", k skipped" when any were. */
  static String summary(StepResult result) {
    String summary = result.passed() + " passed, " + result.failed() + " failed";
    return result.skipped() > 0 ? summary + ", " + result.skipped() + " skipped" : summary;
  }

  private void printGroup(Step step, String title, List<CheckResult> checks, PrintStream out) {
    long passed = checks.stream().filter(c -> c.status() == CheckStatus.PASS).count();
    out.println();
    out.println(title + " (" + passed + " of " + checks.size() + ")");
    for (CheckResult check : checks) {
      out.println("  " + check.status().label() + " " + check.name());
      if (check.status() != CheckStatus.PASS && !check.message().isBlank()) {
        check.message().lines().forEach(line -> out.println("         " + line));
      }
      if (check.status().failed()) {
        out.println("         Read: " + docsOf(step, check));
      }
    }
  }

  /**
   * Where a failed check is explained: its task's section in this step, or, for earlier work, the
   * section of the task that introduced the check, or else the chapter.
   */
  public String docsOf(Step step, CheckResult check) {
    if (check.task().isPresent()) {
      return step.docsOf(check.task().get());
    }
    return steps.introducing(check.checkClass()).orElse(step.chapter());
  }

  private static Optional<String> bonusDocs(StepResult result) {
    return result.checks().stream()
        .filter(CheckResult::isBonus)
        .map(check -> result.step().docsOf(check.task().get()))
        .findFirst();
  }

  private String nextStep(StepResult result) {
    Step step = result.step();
    if (result.checks().isEmpty()) {
      return "No checks ran. Is " + step.module() + " built? Run ./workshop check " + step.name() + " again.";
    }
    if (result.complete()) {
      Optional<Step> next = steps.after(step);
      String bonus =
          result.bonusFailed() == 0
              ? ""
              : " The bonus task is still open, if you want more: "
                  + bonusDocs(result).orElse("see the step's chapter") + ".";
      return "Step " + step.number() + " is done." + bonus + " Try it: ./workshop run " + step.name()
          + next.map(n -> ". Then go on: ./workshop check " + n.name()).orElse(". That was the last step: well done!");
    }
    Optional<CheckResult> firstTaskFailure =
        result.checks().stream()
            .filter(c -> c.status().failed() && c.task().isPresent() && !c.isBonus())
            .min(Comparator.comparingInt(c -> c.task().get().number()));
    if (firstTaskFailure.isPresent()) {
      Task task = firstTaskFailure.get().task().get();
      return "Next: Task " + task.number() + " (read " + step.docsOf(task) + "; stuck? ./workshop hint " + step.name() + " " + task.id()
          + "), then run ./workshop check " + step.name() + " again.";
    }
    return "Next: something that worked before is broken now; the [FAIL] lines above say what."
        + " Fix it, then run ./workshop check " + step.name() + " again.";
  }
}
