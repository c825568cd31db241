package workshop.kit.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * When a learner last changed their work, for {@code ./workshop class}: the newest of the last
 * commit and any uncommitted change to the step modules. Without git, the newest file in the step
 * modules' sources. (File times alone say little in a clone: they are the time of the clone.)
 */
final class LastChange {
    private LastChange() {}

    static Optional<Instant> of(Path clone, List<String> modules) {
        if (!Files.exists(clone.resolve(".git"))) {
            // Not a repository of its own: git would answer for whatever repository holds the folder.
            return newestSource(clone, modules);
        }
        Optional<Instant> commit = git(clone, "log", "-1", "--format=%cI").flatMap(LastChange::parse);
        List<String> status = new ArrayList<>(List.of("status", "--porcelain", "--untracked-files=all", "--"));
        status.addAll(modules);
        Optional<String> changed = git(clone, status.toArray(String[]::new));
        if (commit.isEmpty() && changed.isEmpty()) {
            return newestSource(clone, modules);
        }
        Optional<Instant> uncommitted = changed.stream()
                .flatMap(String::lines)
                .filter(line -> line.length() > 3)
                .map(line -> clone.resolve(line.substring(3).strip()))
                .flatMap(file -> modified(file).stream())
                .max(Instant::compareTo);
        return Stream.of(commit, uncommitted).flatMap(Optional::stream).max(Instant::compareTo);
    }

    private static Optional<Instant> newestSource(Path clone, List<String> modules) {
        return modules.stream()
                .map(module -> clone.resolve(module).resolve("src"))
                .filter(Files::isDirectory)
                .flatMap(LastChange::files)
                .flatMap(file -> modified(file).stream())
                .max(Instant::compareTo);
    }

    private static Stream<Path> files(Path directory) {
        try (Stream<Path> tree = Files.walk(directory)) {
            return tree.filter(Files::isRegularFile).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    private static Optional<Instant> modified(Path file) {
        try {
            return Optional.of(
                    Files.getLastModifiedTime(file).toInstant().truncatedTo(java.time.temporal.ChronoUnit.SECONDS));
        } catch (IOException deleted) {
            return Optional.empty();
        }
    }

    private static Optional<Instant> parse(String text) {
        try {
            return Optional.of(OffsetDateTime.parse(text.strip()).toInstant());
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    /** What git printed, when it ran and succeeded; empty without git or outside a repository. */
    private static Optional<String> git(Path clone, String... arguments) {
        List<String> command = new ArrayList<>(List.of("git", "-C", clone.toString()));
        command.addAll(List.of(arguments));
        try {
            Process git = new ProcessBuilder(command)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!git.waitFor(30, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return Optional.empty();
            }
            return git.exitValue() == 0 ? Optional.of(output) : Optional.empty();
        } catch (IOException noGit) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
