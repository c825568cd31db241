package workshop.kit.cli;

import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import workshop.kit.code.CompileFailedException;
import workshop.kit.grader.StepReport;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop progress}: one line per step. A step whose code, checks and tools are unchanged
 * since it was last graded shows that grading again at once; only changed steps are graded.
 */
@Command(name = "progress", mixinStandardHelpOptions = true, description = "Show how far you are in every step.")
final class ProgressCommand implements Callable<Integer> {
  private final Workspace workspace;

  ProgressCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() {
    System.out.println("Your progress (steps whose code is unchanged since their last check are not graded again):");
    StepGrading grading = new StepGrading(workspace);
    for (Step step : workspace.steps().all()) {
      String status;
      try {
        Optional<StepReport> unchanged = grading.unchangedGrading(step);
        status = unchanged.map(report -> status(report) + " (unchanged since your last check)")
            .orElseGet(() -> status(grading.report(grading.grade(step))));
      } catch (CompileFailedException e) {
        status = "does not compile (./workshop check " + step.name() + " shows why)";
      }
      System.out.printf("%-7s %s%n", step.name(), status);
    }
    return 0;
  }

  static String status(StepReport report) {
    String hints = report.hintsUsed() == 0 ? "" : ", " + report.hintsUsed() + (report.hintsUsed() == 1 ? " hint" : " hints") + " used";
    if (report.total() == 0) {
      return "no checks ran" + hints;
    }
    if (report.complete()) {
      return "done (" + report.passed() + " of " + report.total() + " checks pass" + hints + ")";
    }
    return report.passed() + " of " + report.total() + " checks pass" + hints;
  }
}
