package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workshop.kit.backends.LocalBackends;
import workshop.kit.grader.Grader;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.Step;
import workshop.kit.grader.StepResult;

/** {@code ./workshop check [step-N]}: grade the learner's code of a step and print the scorecard. */
@Command(name = "check", description = "Grade your code of a step (default: the first step not done yet).")
final class CheckCommand implements Callable<Integer> {
  private final Workspace workspace;

  @Parameters(arity = "0..1", paramLabel = "step-N", description = "The step to grade: step-1, step-2, ...")
  String stepName;

  CheckCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() throws IOException {
    System.out.println("The checks use these backends:");
    LocalBackends.shared().describe().lines().forEach(line -> System.out.println("  " + line));
    Grader grader = new Grader();
    StepResult result = stepName != null ? grader.grade(workspace.steps().named(stepName)) : firstUnfinished(grader);
    new Scorecard(workspace.steps()).print(result, System.out);
    saveOutput(result).ifPresent(log -> System.out.println("(What the service printed while the checks ran: " + workspace.root().relativize(log) + ")"));
    return result.complete() ? 0 : 1;
  }

  /** Grades the steps in order and returns the first that is not complete, or the last one. */
  private StepResult firstUnfinished(Grader grader) {
    StepResult result = null;
    for (Step step : workspace.steps().all()) {
      result = grader.grade(step);
      if (!result.complete()) {
        return result;
      }
    }
    return result;
  }

  /** Keeps the checks' own output in the module's target/ for the curious, off the scorecard. */
  private Optional<Path> saveOutput(StepResult result) throws IOException {
    Path target = workspace.moduleDir(result.step()).resolve("target");
    if (result.output().isBlank() || !Files.isDirectory(target)) {
      return Optional.empty();
    }
    Path log = target.resolve("workshop-check-output.log");
    Files.writeString(log, result.output());
    return Optional.of(log);
  }
}
