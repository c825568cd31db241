package workshop.kit.cli;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import workshop.kit.WorkshopException;

/**
 * Keeps the workshop's own tools built: the kit and the account service it runs. When their
 * sources or the poms changed since the tools were last built (a {@code git pull}, say), the CLI
 * rebuilds them with the Maven wrapper and runs the command again in a fresh JVM, on the new
 * classes. A learner's step code is not part of this: the CLI compiles it itself, in-process.
 *
 * <p>"Built" is judged by content: a fingerprint of every input, kept next to the classes.
 */
final class ToolsBuild {
  /** Set by the launcher right after it built the tools, and on the re-run: no need to look again. */
  static final String FRESH_PROPERTY = "workshop.tools.fresh";
  private static final Path FINGERPRINT = Path.of("workshop-kit", "cli", "target", "workshop-tools.fingerprint");
  private static final List<Path> INPUTS = List.of(
      Path.of("pom.xml"),
      Path.of("account-service", "pom.xml"),
      Path.of("account-service", "src", "main"),
      Path.of("workshop-kit", "pom.xml"),
      Path.of("workshop-kit", "backends", "pom.xml"),
      Path.of("workshop-kit", "backends", "src", "main"),
      Path.of("workshop-kit", "grading", "pom.xml"),
      Path.of("workshop-kit", "grading", "src", "main"),
      Path.of("workshop-kit", "cli", "pom.xml"),
      Path.of("workshop-kit", "cli", "src", "main"),
      Path.of("workshop-kit", "localstack", "pom.xml"),
      Path.of("workshop-kit", "localstack", "src", "main"),
      Path.of("workshop-kit", "charts", "pom.xml"),
      Path.of("workshop-kit", "charts", "src", "main"));

  /**
   * The Maven build of the tools, as the launchers (workshop, workshop.cmd) run it the first time.
   * Install, not just compile: a build started inside a step module then finds the account service
   * and can say what to run instead (see the step profile in pom.xml).
   */
  static final List<String> BUILD = List.of("-pl", "workshop-kit/cli,workshop-kit/charts,workshop-kit/localstack", "-am", "install", "-Dmaven.test.skip=true");

  private final Path root;

  ToolsBuild(Path root) {
    this.root = root;
  }

  /** True when the tools' sources are what they were built from. */
  boolean isFresh() {
    try {
      Path stamp = root.resolve(FINGERPRINT);
      return Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(fingerprint());
    } catch (IOException e) {
      return false;
    }
  }

  /** Records that the tools, as built now, match their sources. */
  void markFresh() {
    try {
      Files.createDirectories(root.resolve(FINGERPRINT).getParent());
      Files.writeString(root.resolve(FINGERPRINT), fingerprint());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Rebuilds the tools with the Maven wrapper, saying how far it is ({@link MavenProgress}); a
   * WorkshopException after Maven's errors when that fails.
   */
  void rebuild() {
    System.err.println("The workshop's tools changed since they were last built (a git pull?): rebuilding them ...");
    if (new MavenProgress(root, System.err).run(BUILD) != 0) {
      throw new WorkshopException("Rebuilding the workshop's tools failed (above). If you changed files under"
          + " account-service/ or workshop-kit/, undo that (git checkout -- account-service workshop-kit), then try again.");
    }
    markFresh();
  }

  /** Runs the same command again in a new JVM, on the freshly built classes; its exit code. */
  int runAgain(String[] args) {
    List<String> command = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-D" + Workspace.ROOT_PROPERTY + "=" + root,
        "-D" + FRESH_PROPERTY + "=true",
        "-cp", classpath(root),
        WorkshopCli.class.getName()));
    command.addAll(List.of(args));
    try {
      return new ProcessBuilder(command).inheritIO().start().waitFor();
    } catch (IOException e) {
      throw new WorkshopException("Could not start Java again after the rebuild: " + e.getMessage());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 130;
    }
  }

  /**
   * The tools' classpath, relative to the repository root, as both launchers give it: the classes
   * of the CLI, of grading, of the backends and of the account service, then the CLI's libraries.
   */
  static final List<String> CLASSPATH = List.of(
      "workshop-kit/cli/target/classes",
      "workshop-kit/grading/target/classes",
      "workshop-kit/backends/target/classes",
      "account-service/target/classes",
      "workshop-kit/cli/target/lib/*");

  /** The tools' classpath under {@code root}, as the launchers give it. */
  static String classpath(Path root) {
    return String.join(File.pathSeparator, CLASSPATH.stream().map(entry -> root.resolve(entry).toString()).toList());
  }

  /** Of every input the tools are built from. */
  String fingerprint() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Path file : inputFiles()) {
        sha.update(file.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Files.readAllBytes(root.resolve(file)));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<Path> inputFiles() throws IOException {
    List<Path> files = new ArrayList<>();
    for (Path input : INPUTS) {
      Path onDisk = root.resolve(input);
      if (Files.isRegularFile(onDisk)) {
        files.add(input);
      } else if (Files.isDirectory(onDisk)) {
        try (Stream<Path> tree = Files.walk(onDisk)) {
          tree.filter(Files::isRegularFile).map(root::relativize).sorted().forEach(files::add);
        }
      }
    }
    return files;
  }
}
