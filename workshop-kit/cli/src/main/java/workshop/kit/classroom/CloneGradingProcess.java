package workshop.kit.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import workshop.kit.cli.Workspace;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.ResultsJson;
import workshop.kit.tools.ToolsBuild;

/**
 * Runs {@link CloneGrading} for one learner's clone in a JVM of its own, with a time limit, and
 * reads back its results. A clone whose code hangs is stopped, with everything it started (moto);
 * one whose code ends the JVM, or that cannot be graded at all, says so. Either way the class view
 * goes on with the next clone.
 */
final class CloneGradingProcess {
    /** Cloud credentials a learner's code has no business seeing; the class grades on local backends. */
    static final List<String> REMOVED_FROM_ENVIRONMENT = List.of(
            "MOMENTO_API_KEY",
            "AWS_ACCESS_KEY_ID",
            "AWS_SECRET_ACCESS_KEY",
            "AWS_SESSION_TOKEN",
            "AWS_PROFILE",
            "WORKSHOP_DYNAMODB");

    /** The grading's results, or what went wrong instead. */
    sealed interface Outcome {
        record Graded(GradingResults results) implements Outcome {}

        record Failed(String problem) implements Outcome {}
    }

    private final Path instructorRoot;
    private final Duration timeLimit;
    private final Path workDirectory;

    /**
     * @param instructorRoot the workshop whose tools, manifest and checks grade the clones
     * @param workDirectory where each grading keeps its results, its build and its output log
     */
    CloneGradingProcess(Path instructorRoot, Duration timeLimit, Path workDirectory) {
        this.instructorRoot = instructorRoot;
        this.timeLimit = timeLimit;
        this.workDirectory = workDirectory;
    }

    /** The output log of a learner's grading (kept for the instructor to read). */
    Path log(String learner) {
        return workDirectory.resolve(learner + ".log");
    }

    Outcome grade(String learner, Path clone) throws IOException, InterruptedException {
        Path results = workDirectory.resolve(learner + ".json");
        Path build = workDirectory.resolve(learner + "-build");
        Files.deleteIfExists(results);
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                // Grading a clone is a check's work, started as the launchers start a check.
                ToolsBuild.QUICK_START,
                "-D" + Workspace.ROOT_PROPERTY + "=" + instructorRoot,
                "-Djava.awt.headless=true",
                "-cp",
                ToolsBuild.classpath(instructorRoot),
                CloneGrading.class.getName(),
                clone.toString(),
                results.toString(),
                build.toString()));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(clone.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log(learner).toFile());
        Map<String, String> environment = builder.environment();
        REMOVED_FROM_ENVIRONMENT.forEach(environment::remove);
        Process process = builder.start();
        try {
            if (!process.waitFor(timeLimit.toSeconds(), TimeUnit.SECONDS)) {
                stop(process);
                return new Outcome.Failed("timed out after " + timeLimit.toSeconds()
                        + " s (code that hangs?); its output: " + log(learner));
            }
        } catch (InterruptedException e) {
            stop(process);
            throw e;
        } finally {
            deleteRecursively(build);
        }
        if (process.exitValue() != 0 || !Files.isRegularFile(results)) {
            return new Outcome.Failed("grading ended with exit code " + process.exitValue() + ": "
                    + lastLine(log(learner)) + " (all of it: " + log(learner) + ")");
        }
        try {
            return new Outcome.Graded(ResultsJson.read(results));
        } catch (IOException unreadable) {
            return new Outcome.Failed("its results could not be read: " + unreadable.getMessage());
        }
    }

    /** Stops the grading and whatever it started (moto_server), children first. */
    private static void stop(Process process) throws InterruptedException {
        List<ProcessHandle> descendants = process.descendants().toList();
        process.destroyForcibly();
        descendants.forEach(ProcessHandle::destroyForcibly);
        process.waitFor(10, TimeUnit.SECONDS);
    }

    private static String lastLine(Path log) {
        try {
            List<String> lines = new String(Files.readAllBytes(log), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank())
                    .toList();
            return lines.isEmpty()
                    ? "it printed nothing"
                    : lines.get(lines.size() - 1).strip();
        } catch (IOException e) {
            return "its output could not be read";
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (var tree = Files.walk(directory)) {
            for (Path path : tree.sorted(java.util.Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }
}
