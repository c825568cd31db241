package workshop.kit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workshop.kit.grader.Step;
import workshop.kit.grader.Steps;
import workshop.kit.grader.WorkshopException;

/**
 * The workshop's files on disk: the repository root (the launcher passes it as {@code
 * -Dworkshop.root}), each step's module, and the learner's files of a step, which are exactly the
 * files its reference solution holds under {@code solutions/<module>/}.
 */
public record Workspace(Path root, Steps steps) {
  public static final String ROOT_PROPERTY = "workshop.root";

  /** The workspace the launcher pointed at, or the current directory. */
  public static Workspace fromSystemProperties() {
    return new Workspace(Path.of(System.getProperty(ROOT_PROPERTY, ".")).toAbsolutePath().normalize(), Steps.load());
  }

  public Path moduleDir(Step step) {
    return root.resolve(step.module());
  }

  public Path solutionDir(Step step) {
    return root.resolve("solutions").resolve(step.module());
  }

  /** The learner's files of a step, relative to the repository root: {@code step-1-no-cache/src/main/java/...}. */
  public List<Path> learnerFiles(Step step) {
    Path solutions = solutionDir(step);
    if (!Files.isDirectory(solutions)) {
      throw new WorkshopException("There is no reference solution for " + step.name() + " in " + root.relativize(solutions) + ".");
    }
    try (Stream<Path> files = Files.walk(solutions)) {
      return files
          .filter(Files::isRegularFile)
          .map(file -> Path.of(step.module()).resolve(solutions.relativize(file)))
          .sorted()
          .collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Where the reference solution of one of the learner's files is, relative to the root. */
  public Path solutionOf(Path learnerFile) {
    return Path.of("solutions").resolve(learnerFile);
  }
}
