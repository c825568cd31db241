package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workshop.kit.maintain.GeneratedPart;
import workshop.kit.maintain.StepLists;

/**
 * {@code ./workshop sync-steps}, for contributors (hidden from learners' help): after a step or a
 * task was added to workshop-kit/steps.yaml, writes every list that follows from the manifest (the
 * root pom's modules, the docs index of task sections, the classroom workflow's tests) and records
 * the starters (workshop-kit/pristine-starters.txt). {@code --check} changes nothing and exits 1
 * when something is out of step.
 */
@Command(name = "sync-steps", hidden = true, mixinStandardHelpOptions = true,
    description = "For contributors: write the lists that follow from workshop-kit/steps.yaml, and record the starters.")
final class SyncStepsCommand implements Callable<Integer> {
  static final Path RECORD_STARTERS = Path.of("workshop-kit/grading/src/test/java/workshop/kit/maintain/RecordStarters.java");

  private final Workspace workspace;

  @Option(names = "--check", description = "Change nothing; exit 1 and say what is out of step.")
  boolean check;

  SyncStepsCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() throws IOException, InterruptedException {
    List<String> outOfStep = new ArrayList<>();
    for (GeneratedPart part : StepLists.of(workspace.steps())) {
      if (part.upToDate(workspace.root())) {
        continue;
      }
      outOfStep.add(part.file().toString().replace('\\', '/'));
      if (!check) {
        part.write(workspace.root());
      }
    }
    int starters = recordStarters();
    if (check) {
      outOfStep.forEach(file -> System.out.println(file + " is out of step with workshop-kit/steps.yaml."));
      if (!outOfStep.isEmpty() || starters != 0) {
        System.out.println("Write them: ./workshop sync-steps");
        return 1;
      }
      System.out.println("Everything follows workshop-kit/steps.yaml.");
      return 0;
    }
    outOfStep.forEach(file -> System.out.println("Wrote " + file + " from workshop-kit/steps.yaml."));
    return starters;
  }

  /** The starters, through the JDK-only program contributors also run by hand; its exit code. */
  private int recordStarters() throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        RECORD_STARTERS.toString()));
    if (check) {
      command.add("--check");
    }
    return new ProcessBuilder(command).directory(workspace.root().toFile()).inheritIO().start().waitFor();
  }
}
