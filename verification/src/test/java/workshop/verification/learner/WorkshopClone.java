package workshop.verification.learner;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import workshop.kit.code.PristineStarters;
import workshop.verification.PristineSteps;

/**
 * A fresh git clone of the workshop in a temporary directory, as a learner gets it: a test may edit,
 * commit and break it without touching the repository the build runs in. It clones the committed
 * history (HEAD), so in CI, on a clean clone, it is exactly what is being verified.
 */
public final class WorkshopClone implements AutoCloseable {
    /** A command's exit code and everything it printed. */
    public record Outcome(int exitCode, String output) {}

    private final Path root;

    private WorkshopClone(Path root) {
        this.root = root;
    }

    public static WorkshopClone create() throws IOException, InterruptedException {
        Path parent = Files.createTempDirectory("workshop-clone");
        Path root = parent.resolve("workshop");
        Outcome clone =
                run(parent, Map.of(), 120, "git", "clone", "-q", PristineSteps.ROOT.toString(), root.toString());
        if (clone.exitCode() != 0) {
            throw new IllegalStateException("git clone failed: " + clone.output());
        }
        WorkshopClone workshop = new WorkshopClone(root);
        workshop.run(Map.of(), 30, "git", "config", "user.email", "learner@example.com");
        workshop.run(Map.of(), 30, "git", "config", "user.name", "A Learner");
        workshop.startFromPristineStarters();
        return workshop;
    }

    /**
     * Puts the starters as the workshop ships them into the clone: the history it was cloned from may
     * hold a learner's commits (a test run inside a learner's own clone), and the tests start from
     * the shipped starters whatever that history holds.
     */
    private void startFromPristineStarters() throws IOException {
        PristineStarters starters = PristineStarters.of(PristineSteps.ROOT);
        for (Path file : starters.files()) {
            byte[] content = starters.content(file)
                    .orElseThrow(() -> new IllegalStateException("No pristine starter of " + file));
            Files.write(root.resolve(file), content);
        }
    }

    public Path root() {
        return root;
    }

    /** Runs a command in the clone's root, with extra environment variables; its outcome. */
    public Outcome run(Map<String, String> environment, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        return run(root, environment, timeoutSeconds, command);
    }

    /** Copies the account service's built classes and library list in, so the CLI can compile step code without a Maven build. */
    public void copyBuiltAppClasses() throws IOException {
        Path target = PristineSteps.ROOT.resolve("account-service/target");
        copyTree(target.resolve("classes"), root.resolve("account-service/target/classes"));
        Files.copy(
                target.resolve("app.classpath"),
                root.resolve("account-service/target/app.classpath"),
                StandardCopyOption.REPLACE_EXISTING);
    }

    /** The files a learner changes in a step module: those its reference solution holds, e.g. {@code step-2-read-aside/src/main/java/...}. */
    public List<Path> learnerFiles(String module) throws IOException {
        Path solutions = root.resolve("solutions");
        try (Stream<Path> files = Files.walk(solutions.resolve(module))) {
            return files.filter(Files::isRegularFile)
                    .map(solutions::relativize)
                    .sorted()
                    .toList();
        }
    }

    public void write(String file, String text) throws IOException {
        Files.writeString(root.resolve(file), text);
    }

    public String read(String file) throws IOException {
        return Files.readString(root.resolve(file));
    }

    private static Outcome run(Path directory, Map<String, String> environment, int timeoutSeconds, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(directory.toFile()).redirectErrorStream(true);
        // The clone is a learner's copy: no maintainer's strictness from this build's environment.
        builder.environment().remove("WORKSHOP_STRICT_STARTERS");
        // The tests read the scorecards in English, whatever the language of the machine they run on.
        builder.environment().put("WORKSHOP_LANG", "en");
        builder.environment().putAll(environment);
        Path log = Files.createTempFile("workshop-clone-command", ".log");
        builder.redirectOutput(log.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " did not finish in " + timeoutSeconds + " s:\n"
                    + Files.readString(log));
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        return new Outcome(process.exitValue(), output);
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> tree = Files.walk(from)) {
            for (Path path : tree.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    @Override
    public void close() {
        Path parent = root.getParent();
        try (Stream<Path> tree = Files.walk(parent)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> lines(String output) {
        return new ArrayList<>(output.lines().toList());
    }
}
