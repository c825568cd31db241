package workshop.kit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import workshop.kit.WorkshopException;
import workshop.kit.code.CodeVariant;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/** {@code ./workshop progress}: one line per step, graded quietly. */
@Command(name = "progress", mixinStandardHelpOptions = true, description = "Show how far you are in every step.")
final class ProgressCommand implements Callable<Integer> {
  private final Workspace workspace;

  ProgressCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() {
    StepGrading grading = new StepGrading(workspace);
    for (Step step : workspace.steps().all()) {
      String line;
      try {
        line = line(grading.grade(step, CodeVariant.LEARNER));
      } catch (WorkshopException e) {
        line = String.format("%-7s %s", step.name(), "does not compile (./workshop check " + step.name() + " shows why)");
      }
      System.out.println(line);
    }
    return 0;
  }

  static String line(StepResult result) {
    String status;
    if (result.checks().isEmpty()) {
      status = "no checks ran";
    } else if (result.complete()) {
      status = "done";
    } else {
      status = result.passed() + " of " + result.checks().size() + " checks pass";
    }
    return String.format("%-7s %s", result.step().name(), status);
  }
}
