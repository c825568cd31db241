package workshop.kit.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import workshop.kit.WorkshopException;
import workshop.kit.steps.Step;

/**
 * The Java sources of a step, in each {@link CodeVariant}: the learner's working copy; the
 * untouched starter (from {@link PristineStarters}); or the reference solution, which is the
 * untouched starter with the files of {@code solutions/<module>/} laid over it. Only the learner's
 * variant ever reads what the learner edits.
 */
public final class StepSources {
    private static final Path SOURCES = Path.of("src", "main", "java");

    private final Path root;
    private final PristineStarters pristine;

    public StepSources(Path root, PristineStarters pristine) {
        this.root = root;
        this.pristine = pristine;
    }

    public List<SourceFile> of(Step step, CodeVariant variant) {
        return switch (variant) {
            case LEARNER -> workingCopy(Path.of(step.module()).resolve(SOURCES));
            case STARTER -> starter(step);
            case SOLUTION -> solution(step);
        };
    }

    /** Every .java file under a directory of the working copy (relative to the root). */
    private List<SourceFile> workingCopy(Path directory) {
        Path onDisk = root.resolve(directory);
        if (!Files.isDirectory(onDisk)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(onDisk)) {
            List<SourceFile> sources = new ArrayList<>();
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                Path packagePath = onDisk.relativize(file);
                sources.add(new SourceFile(
                        packagePath, directory.resolve(packagePath).toString(), Files.readAllBytes(file)));
            }
            return sources;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<SourceFile> starter(Step step) {
        Path directory = Path.of(step.module()).resolve(SOURCES);
        List<SourceFile> sources = new ArrayList<>();
        for (Path file : pristine.filesUnder(directory)) {
            byte[] content = pristine.content(file)
                    .orElseThrow(
                            () -> new WorkshopException(
                                    "Cannot read the untouched starter of " + file
                                            + ": the file was changed, and git cannot give the"
                                            + " original (is this a git clone of the workshop?). Clone the workshop with git and try again."));
            sources.add(new SourceFile(directory.relativize(file), file + " (untouched starter)", content));
        }
        if (sources.isEmpty()) {
            throw new WorkshopException(
                    "No starter of " + step.module() + " is recorded in " + PristineStarters.LIST + ".");
        }
        return sources;
    }

    /**
     * The starter's files, each replaced by the reference solution's where it has one. A starter file
     * git cannot give (no history) is taken from the working copy: only the learner's files differ
     * there, and the solution replaces those.
     */
    private List<SourceFile> solution(Step step) {
        Path directory = Path.of(step.module()).resolve(SOURCES);
        Map<Path, SourceFile> sources = new LinkedHashMap<>();
        for (Path file : pristine.filesUnder(directory)) {
            Optional<byte[]> content = pristine.content(file).or(() -> readIfPresent(root.resolve(file)));
            content.ifPresent(bytes -> sources.put(
                    directory.relativize(file), new SourceFile(directory.relativize(file), file.toString(), bytes)));
        }
        for (SourceFile solved : workingCopy(Path.of("solutions", step.module()).resolve(SOURCES))) {
            sources.put(solved.packagePath(), solved);
        }
        return List.copyOf(sources.values());
    }

    private static Optional<byte[]> readIfPresent(Path file) {
        try {
            return Files.isRegularFile(file) ? Optional.of(Files.readAllBytes(file)) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
