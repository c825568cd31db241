package workshop.kit.steps;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import workshop.kit.WorkshopException;

/**
 * The workshop's steps, in order, read from the step manifest {@code workshop-kit/steps.yaml}: the
 * one list of steps that the CLI, the grader, the compare, the verification module and the docs
 * tests read.
 */
public final class Steps {
    /** Where the manifest is, relative to the repository root. */
    public static final Path MANIFEST = Path.of("workshop-kit", "steps.yaml");

    private static final ObjectMapper YAML =
            new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    /** The manifest's shape. */
    private record Manifest(List<Step> steps) {}

    private final List<Step> steps;

    public Steps(List<Step> steps) {
        this.steps = List.copyOf(steps);
        validate();
    }

    /** The steps of the workshop whose repository root is {@code root}. */
    public static Steps load(Path root) {
        Path file = root.resolve(MANIFEST);
        try {
            Manifest manifest = YAML.readValue(Files.readString(file), Manifest.class);
            return new Steps(manifest.steps() == null ? List.of() : manifest.steps());
        } catch (UnrecognizedPropertyException e) {
            throw new WorkshopException(file + ": unknown field '" + e.getPropertyName() + "' (line "
                    + e.getLocation().getLineNr() + ").");
        } catch (IOException e) {
            throw new WorkshopException("Cannot read the step manifest " + file + ": " + e.getMessage());
        }
    }

    /**
     * The workshop's repository root: the {@code workshop.root} system property when set (the
     * launchers and the build set it), else the nearest directory at or above {@code start} that
     * holds the manifest. An IDE runs tests in a module's directory, without the property.
     */
    public static Path repositoryRoot(Path start) {
        String property = System.getProperty("workshop.root");
        if (property != null && !property.isBlank()) {
            return Path.of(property).toAbsolutePath().normalize();
        }
        for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve(MANIFEST))) {
                return dir;
            }
        }
        throw new WorkshopException("Cannot find the workshop (a directory holding " + MANIFEST + ") at or above "
                + start + ". Run this from inside your clone of the workshop.");
    }

    /** The repository root, from the working directory up (see {@link #repositoryRoot(Path)}). */
    public static Path repositoryRoot() {
        return repositoryRoot(Path.of(""));
    }

    public List<Step> all() {
        return steps;
    }

    /**
     * The step a learner means: "step-2", "2", or the module directory "step-2-read-aside" (what tab
     * completion gives, with or without a trailing slash); a {@link WorkshopException} naming the
     * valid ones otherwise.
     */
    public Step named(String name) {
        return find(name)
                .orElseThrow(() ->
                        new WorkshopException("There is no step called '" + name + "'. Use one of: " + names() + "."));
    }

    public Optional<Step> find(String name) {
        String wanted = name.strip().replaceAll("/+$", "");
        return steps.stream()
                .filter(step -> step.name().equals(wanted)
                        || step.module().equals(wanted)
                        || wanted.equals(Integer.toString(step.number())))
                .findFirst();
    }

    /** The step after this one, if there is one. */
    public Optional<Step> after(Step step) {
        for (int i = 0; i + 1 < steps.size(); i++) {
            if (steps.get(i).name().equals(step.name())) {
                return Optional.of(steps.get(i + 1));
            }
        }
        return Optional.empty();
    }

    /**
     * The docs section of the task that first asks for a class of checks (steps carry earlier tasks'
     * checks as "keeps working"); empty for checks no task introduces.
     */
    public Optional<String> introducing(String checkClass) {
        return introducingStep(checkClass)
                .map(step -> step.docsOf(step.taskOf(checkClass).orElseThrow()));
    }

    /** The step whose task first asks for a class of checks; empty for checks no task introduces. */
    public Optional<Step> introducingStep(String checkClass) {
        return steps.stream()
                .filter(step -> step.taskOf(checkClass).isPresent())
                .findFirst();
    }

    /** "step-1, step-2, step-3" */
    public String names() {
        return steps.stream().map(Step::name).collect(Collectors.joining(", "));
    }

    /** The manifest's own rules, so a mistake in it shows up as a sentence, not as odd behaviour later. */
    private void validate() {
        Set<String> modules = new HashSet<>();
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            String expected = "step-" + (i + 1);
            require(
                    expected.equals(step.name()),
                    "step " + (i + 1) + " is called '" + step.name() + "'; the steps are named " + expected
                            + " and so on, in order");
            require(
                    step.module() != null && step.module().startsWith(expected + "-"),
                    step.name() + ": its module must start with '" + expected + "-'");
            require(modules.add(step.module()), step.name() + ": module " + step.module() + " is listed twice");
            require(step.title() != null && !step.title().isBlank(), step.name() + ": no title");
            require(
                    step.chapter() != null && step.chapter().startsWith("docs/"),
                    step.name() + ": its chapter must be a path under docs/");
            require(!step.tasks().isEmpty(), step.name() + ": no tasks");
            for (int t = 0; t < step.tasks().size(); t++) {
                Task task = step.tasks().get(t);
                require(task.number() == t + 1, step.name() + ": tasks must be numbered 1, 2, ... in order");
                require(!task.checks().isEmpty(), step.name() + " task " + task.number() + ": no checks");
                require(
                        task.anchor() != null && !task.anchor().isBlank(),
                        step.name() + " task " + task.number() + ": no anchor");
                for (int h = 0; h < task.hints().size(); h++) {
                    Hint hint = task.hints().get(h);
                    require(
                            hint != null && hint.en() != null && !hint.en().isBlank(),
                            step.name() + " task " + task.number() + ": hint " + (h + 1)
                                    + " has no English text (en:)");
                }
            }
        }
    }

    private static void require(boolean condition, String problem) {
        if (!condition) {
            throw new WorkshopException("The step manifest " + MANIFEST + " is wrong: " + problem + ".");
        }
    }
}
