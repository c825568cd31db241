package workshop.kit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workshop.kit.WorkshopException;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.JavaSourceCompiler;
import workshop.kit.code.PristineStarters;
import workshop.kit.code.StepBuilder;
import workshop.kit.code.StepSources;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The workshop's files on disk: the repository root (the launcher passes it as {@code
 * -Dworkshop.root}), the steps of its manifest, each step's module, and the learner's files of a
 * step, which are exactly the files its reference solution holds under {@code solutions/<module>/}.
 */
public record Workspace(Path root, Steps steps) {
    public static final String ROOT_PROPERTY = "workshop.root";
    /** The account service's libraries, written by its Maven build (see account-service/pom.xml). */
    static final Path APP_CLASSPATH = Path.of("account-service", "target", "app.classpath");

    static final Path APP_CLASSES = Path.of("account-service", "target", "classes");

    /** The workspace the launcher pointed at, or the current directory. */
    public static Workspace fromSystemProperties() {
        Path root =
                Path.of(System.getProperty(ROOT_PROPERTY, ".")).toAbsolutePath().normalize();
        return new Workspace(root, Steps.load(root));
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
            throw new WorkshopException(
                    "There is no reference solution for " + step.name() + " in " + root.relativize(solutions) + ".");
        }
        try (Stream<Path> files = Files.walk(solutions)) {
            return files.filter(Files::isRegularFile)
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

    public PristineStarters pristineStarters() {
        return PristineStarters.of(root);
    }

    /** Compiles a step's code (unless it is compiled already) into the step module's target/workshop/. */
    public CompiledStep build(Step step, CodeVariant variant) {
        StepBuilder builder = new StepBuilder(
                root,
                new StepSources(root, pristineStarters()),
                new JavaSourceCompiler(appClasspath()),
                StepBuilder.inModuleTargets(root));
        return builder.build(step, variant);
    }

    /** What a step's code compiles against: the account service and its libraries, nothing of the kit's. */
    public String appClasspath() {
        Path libraries = root.resolve(APP_CLASSPATH);
        try {
            String jars =
                    Files.isRegularFile(libraries) ? Files.readString(libraries).strip() : "";
            return root.resolve(APP_CLASSES) + (jars.isEmpty() ? "" : java.io.File.pathSeparator + jars);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
