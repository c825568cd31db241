package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Runs another program (git) in the workspace, its output going straight to the learner's terminal. */
final class Processes {
  private Processes() {}

  /** The program's exit code; -1 when it could not be started at all (not installed). */
  static int run(Path directory, List<String> command) {
    try {
      Process process = new ProcessBuilder(command).directory(directory.toFile()).inheritIO().start();
      return process.waitFor();
    } catch (IOException notInstalled) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }
}
