package workshop.kit.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.kit.steps.Step;
import workshop.kit.WorkshopException;

/** {@code ./workshop reset step-N}: put the starter's version of the learner's files back, from git. */
@Command(name = "reset", description = "Replace your files of a step with the starter (from git).")
final class ResetCommand implements Callable<Integer> {
  private final Workspace workspace;

  @Parameters(paramLabel = "step-N", description = "The step to reset: step-1, step-2, ...")
  String stepName;

  @Option(names = "--yes", description = "Do not ask.")
  boolean yes;

  ResetCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() {
    Step step = workspace.steps().named(stepName);
    List<Path> files = workspace.learnerFiles(step);
    System.out.println("Your files of " + step.name() + ":");
    files.forEach(file -> System.out.println("  " + file));
    if (!Confirmation.confirm("Replace your work in these files with the starter?", yes, "./workshop reset " + step.name() + " --yes")) {
      System.out.println("Nothing changed.");
      return 1;
    }
    List<String> command = new ArrayList<>(List.of("git", "checkout", "HEAD", "--"));
    files.forEach(file -> command.add(file.toString()));
    int exit = Processes.run(workspace.root(), command);
    if (exit == -1) {
      throw new WorkshopException("reset needs git, which is not installed. Get the starter's files from the workshop's repository instead.");
    }
    if (exit != 0) {
      throw new WorkshopException("git could not restore the files (see above). Is " + workspace.root() + " the workshop's git repository?");
    }
    System.out.println("Restored the starter of " + step.name() + ". Next: ./workshop check " + step.name());
    return 0;
  }
}
