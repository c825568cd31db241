package workshop.kit.compare.run;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.JavaSourceCompiler;
import workshop.kit.code.PristineStarters;
import workshop.kit.code.StepBuilder;
import workshop.kit.code.StepSources;
import workshop.kit.lambda.LambdaHandlers;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The reference solution of each step, for the comparison's tests: what {@code ./workshop compare}
 * runs by default. The kit cannot depend on the step modules (they depend on it), so this compiles
 * the untouched starter with {@code solutions/<module>} laid over it, with the kit's own {@link
 * StepBuilder}, into this module's target/fork-N/, as the CLI does.
 */
final class ReferenceSolutions {
    private static final Path ROOT =
            Path.of(System.getProperty("workshop.root", "..")).toAbsolutePath().normalize();
    /** This test JVM's own directory: Surefire runs two at once (see the module's pom). */
    private static final Path BUILD_DIRECTORY = Path.of(System.getProperty(
                    "workshop.testBuildDirectory",
                    ROOT.resolve("workshop-kit/cli/target/test-builds").toString()))
            .toAbsolutePath();

    private static final Steps STEPS = Steps.load(ROOT);
    private static final StepBuilder BUILDER = new StepBuilder(
            ROOT,
            new StepSources(ROOT, PristineStarters.of(ROOT)),
            new JavaSourceCompiler(System.getProperty("java.class.path")),
            (step, variant) ->
                    BUILD_DIRECTORY.resolve("steps").resolve(step.module()).resolve(variant.directoryName()));

    private ReferenceSolutions() {}

    /** The steps named, e.g. "step-2", "step-3", running their reference solutions. */
    static synchronized List<StepUnderTest> steps(String... names) {
        List<StepUnderTest> steps = new ArrayList<>();
        for (String name : names) {
            Step step = STEPS.named(name);
            CompiledStep solution = BUILDER.build(step, CodeVariant.SOLUTION);
            ClassLoader classes = solution.newClassLoader(ReferenceSolutions.class.getClassLoader());
            steps.add(new StepUnderTest(
                    name, step.title(), settings -> LambdaHandlers.create(solution.handlerClass(), settings, classes)));
        }
        return steps;
    }
}
