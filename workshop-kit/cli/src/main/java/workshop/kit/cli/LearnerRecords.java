package workshop.kit.cli;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import workshop.kit.grader.StepReport;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/**
 * What the workshop remembers about this learner, in {@code .workshop/} at the repository root
 * (ignored by git): the hint tiers they asked for, and each step's last grading with the
 * fingerprint of the code it graded, so {@code progress} need not grade unchanged code again.
 */
public final class LearnerRecords {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final String HINTS = "hints.json";

    private final Path directory;

    public LearnerRecords(Path root) {
        this.directory = root.resolve(".workshop");
    }

    /** A grading and the fingerprint of what was graded. */
    record SavedGrading(String fingerprint, StepReport report) {}

    /** How many hint tiers of this task the learner has seen. */
    public int hintsSeen(Step step, Task task) {
        return hints().getOrDefault(key(step, task), 0);
    }

    /** Hint tiers seen in a whole step. */
    public int hintsSeen(Step step) {
        return step.tasks().stream().mapToInt(task -> hintsSeen(step, task)).sum();
    }

    void sawHint(Step step, Task task, int tier) {
        Map<String, Integer> hints = hints();
        hints.merge(key(step, task), tier, Math::max);
        write(directory.resolve(HINTS), hints);
    }

    Optional<SavedGrading> lastGrading(Step step) {
        Path file = gradingFile(step);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(file.toFile(), SavedGrading.class));
        } catch (IOException unreadable) {
            return Optional.empty(); // written by another version: grade again
        }
    }

    void saveGrading(Step step, SavedGrading grading) {
        write(gradingFile(step), grading);
    }

    private Path gradingFile(Step step) {
        return directory.resolve("gradings").resolve(step.name() + ".json");
    }

    private Map<String, Integer> hints() {
        Path file = directory.resolve(HINTS);
        if (!Files.isRegularFile(file)) {
            return new TreeMap<>();
        }
        try {
            return new TreeMap<>(JSON.readValue(file.toFile(), new TypeReference<Map<String, Integer>>() {}));
        } catch (IOException unreadable) {
            return new TreeMap<>();
        }
    }

    private static String key(Step step, Task task) {
        return step.name() + "/" + task.id();
    }

    private void write(Path file, Object value) {
        try {
            Files.createDirectories(file.getParent());
            JSON.writeValue(file.toFile(), value);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write " + file, e);
        }
    }
}
