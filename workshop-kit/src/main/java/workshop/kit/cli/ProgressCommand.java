package workshop.kit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import workshop.kit.grader.Grader;
import workshop.kit.grader.Step;
import workshop.kit.grader.StepResult;

/** {@code ./workshop progress}: one line per step, graded quietly. */
@Command(name = "progress", description = "Show how far you are in every step.")
final class ProgressCommand implements Callable<Integer> {
  private final Workspace workspace;

  ProgressCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() {
    Grader grader = new Grader();
    for (Step step : workspace.steps().all()) {
      System.out.println(line(grader.grade(step)));
    }
    return 0;
  }

  static String line(StepResult result) {
    String status;
    if (result.checks().isEmpty()) {
      status = "no checks found (is " + result.step().module() + " built?)";
    } else if (result.complete()) {
      status = "done";
    } else {
      status = result.passed() + " of " + result.checks().size() + " checks pass";
    }
    return String.format("%-7s %s", result.step().name(), status);
  }
}
