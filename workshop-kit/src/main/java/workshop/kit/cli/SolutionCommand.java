package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.kit.grader.Step;

/** {@code ./workshop solution step-N}: show how the learner's files differ from the reference solution. */
@Command(name = "solution", description = "Show the difference between your files of a step and the reference solution.")
final class SolutionCommand implements Callable<Integer> {
  private final Workspace workspace;

  @Parameters(paramLabel = "step-N", description = "The step: step-1, step-2, ...")
  String stepName;

  @Option(names = "--yes", description = "Do not ask.")
  boolean yes;

  SolutionCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() throws IOException {
    Step step = workspace.steps().named(stepName);
    if (!Confirmation.confirm("Show the reference solution of " + step.name() + "? It gives the answer away.", yes, "./workshop solution " + step.name() + " --yes")) {
      System.out.println("Nothing shown.");
      return 1;
    }
    for (Path learnerFile : workspace.learnerFiles(step)) {
      showDifference(learnerFile, workspace.solutionOf(learnerFile));
    }
    System.out.println("Lines with - are yours, lines with + the solution's.");
    return 0;
  }

  private void showDifference(Path yours, Path solution) throws IOException {
    // git diff --no-index works outside a repository too, and colours the output on a terminal.
    int exit = Processes.run(workspace.root(), List.of("git", "--no-pager", "diff", "--no-index", "--", yours.toString(), solution.toString()));
    if (exit == 0) {
      System.out.println(yours + " is the same as the solution.");
    } else if (exit == -1 || exit > 1) { // git is missing (or failed): compute the diff ourselves
      List<String> ours = Files.exists(workspace.root().resolve(yours)) ? Files.readAllLines(workspace.root().resolve(yours)) : List.of();
      List<String> theirs = Files.readAllLines(workspace.root().resolve(solution));
      System.out.print(UnifiedDiff.of(yours.toString(), ours, solution.toString(), theirs));
    }
  }
}
