package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/** {@code ./workshop check [step-N]}: grade the learner's code of a step and print the scorecard. */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Grade your code of a step (default: the first step not done yet).")
final class CheckCommand implements Callable<Integer> {
  private final Workspace workspace;

  @Parameters(arity = "0..1", paramLabel = "step-N", description = "The step to grade: step-1, step-2, ... (or 2, or its module directory)")
  String stepName;

  CheckCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() throws IOException {
    StepGrading grading = new StepGrading(workspace).startingBackends();
    StepResult result = stepName != null ? grading.grade(workspace.steps().named(stepName)) : firstUnfinished(grading);
    System.out.println("The checks used these backends:");
    grading.backends().describe().lines().forEach(line -> System.out.println("  " + line));
    new Scorecard(workspace.steps()).print(result, System.out);
    saveOutput(result).ifPresent(log -> System.out.println("(What the service printed while the checks ran: " + workspace.root().relativize(log) + ")"));
    return result.complete() ? 0 : 1;
  }

  /** Grades the steps in order and returns the first that is not complete, or the last one. */
  private StepResult firstUnfinished(StepGrading grading) {
    StepResult result = null;
    for (Step step : workspace.steps().all()) {
      result = grading.grade(step);
      if (!result.complete()) {
        return result;
      }
    }
    return result;
  }

  /** Keeps the checks' own output in the module's target/ for the curious, off the scorecard. */
  private Optional<Path> saveOutput(StepResult result) throws IOException {
    Path target = workspace.moduleDir(result.step()).resolve("target");
    if (result.output().isBlank()) {
      return Optional.empty();
    }
    Files.createDirectories(target);
    Path log = target.resolve("workshop-check-output.log");
    Files.writeString(log, result.output());
    return Optional.of(log);
  }
}
