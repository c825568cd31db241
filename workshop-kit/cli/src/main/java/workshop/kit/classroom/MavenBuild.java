package workshop.kit.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * One run of the workshop's Maven wrapper ({@code ./mvnw}, {@code mvnw.cmd} on Windows) in the
 * repository, in batch mode, its whole output kept in a log file for {@code prepare} to read. Maven
 * settings from the environment (such as {@code MAVEN_ARGS=-Dmaven.repo.local=...}) apply, as they
 * do to every other Maven run.
 */
final class MavenBuild {
    /** How a run ended: its exit code, everything it printed, how long it took. */
    record Outcome(int exitCode, String output, Duration took) {
        boolean succeeded() {
            return exitCode == 0;
        }
    }

    private final Path root;
    private final Path logDirectory;

    MavenBuild(Path root, Path logDirectory) {
        this.root = root;
        this.logDirectory = logDirectory;
    }

    /** The command line as a person would type it: ./mvnw -B ... */
    static String display(List<String> arguments) {
        return "./mvnw " + String.join(" ", arguments);
    }

    Outcome run(String logName, List<String> arguments) throws IOException, InterruptedException {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        List<String> command = new ArrayList<>(
                windows
                        ? List.of("cmd", "/c", "mvnw.cmd")
                        : List.of(root.resolve("mvnw").toString()));
        command.addAll(arguments);
        Files.createDirectories(logDirectory);
        Path log = logDirectory.resolve(logName + ".log");
        long started = System.nanoTime();
        Process maven = new ProcessBuilder(command)
                .directory(root.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        int exit = maven.waitFor();
        String output = new String(Files.readAllBytes(log), StandardCharsets.UTF_8);
        return new Outcome(exit, output, Duration.ofNanos(System.nanoTime() - started));
    }

    Path log(String logName) {
        return logDirectory.resolve(logName + ".log");
    }
}
