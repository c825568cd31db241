package workshop.verification;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import workshop.accounts.clients.Settings;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.JavaSourceCompiler;
import workshop.kit.code.PristineStarters;
import workshop.kit.code.SourceFile;
import workshop.kit.code.StepBuilder;
import workshop.kit.code.StepSources;
import workshop.kit.grader.Grader;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.StepResult;
import workshop.kit.lambda.LambdaHandlers;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The workshop's steps as shipped: each step's untouched starter, or the reference solution laid
 * over it, compiled into this test JVM's target/fork-N/steps/ (never into a step module, never from
 * a learner's working copy).
 */
public final class PristineSteps {
    /** The repository root; Surefire passes it (see this module's pom). */
    public static final Path ROOT =
            Path.of(System.getProperty("workshop.root", "..")).toAbsolutePath().normalize();

    /**
     * Where this test JVM writes what it compiles: Surefire runs the tests in several JVMs at once and
     * gives each its own directory (see this module's pom), so none reads a half-written class.
     */
    public static final Path BUILD_DIRECTORY = Path.of(System.getProperty(
                    "workshop.testBuildDirectory",
                    ROOT.resolve("verification/target/test-builds").toString()))
            .toAbsolutePath();

    private static final Steps STEPS = Steps.load(ROOT);
    private static final StepSources SOURCES = new StepSources(ROOT, PristineStarters.of(ROOT));
    private static final StepBuilder BUILDER = new StepBuilder(
            ROOT,
            SOURCES,
            new JavaSourceCompiler(System.getProperty("java.class.path")),
            (step, variant) ->
                    BUILD_DIRECTORY.resolve("steps").resolve(step.module()).resolve(variant.directoryName()));
    private static final Map<String, ClassLoader> SOLUTION_CLASSES = new ConcurrentHashMap<>();
    private static final Map<String, StepResult> GRADINGS = new ConcurrentHashMap<>();

    private PristineSteps() {}

    public static Steps steps() {
        return STEPS;
    }

    public static Step step(String name) {
        return STEPS.named(name);
    }

    /** The step's code in this variant, compiled (once per content). */
    public static synchronized CompiledStep compiled(Step step, CodeVariant variant) {
        return BUILDER.build(step, variant);
    }

    /**
     * The step's code in this variant graded on every check of its step, as {@code ./workshop check}
     * grades it: once per test JVM, for the several proofs that read the same grading (the same code
     * gets the same scorecard every time; SameScorecardTest proves it on the code hardest to grade).
     */
    public static StepResult graded(Step step, CodeVariant variant) {
        return GRADINGS.computeIfAbsent(
                step.name() + " " + variant, key -> new Grader().grade(compiled(step, variant)));
    }

    /** The scorecard {@code ./workshop check} prints for this result. */
    public static String scorecard(StepResult result) {
        ByteArrayOutputStream text = new ByteArrayOutputStream();
        new Scorecard(STEPS).print(result, new PrintStream(text, true, StandardCharsets.UTF_8));
        return text.toString(StandardCharsets.UTF_8);
    }

    /** The step's sources in this variant (starters as shipped, never a learner's working copy). */
    public static List<SourceFile> sources(Step step, CodeVariant variant) {
        return SOURCES.of(step, variant);
    }

    /** Given sources of a step (e.g. a solution with one change), compiled into {@code output} once per content. */
    public static synchronized CompiledStep compiled(
            Step step, CodeVariant variant, String description, List<SourceFile> files, Path output) {
        return BUILDER.build(step, variant, description, files, output);
    }

    /** Builds handlers of the step's reference solution, as Lambda would, for the given settings. */
    public static Function<Settings, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> solutionHandlers(
            String stepName) {
        CompiledStep solution = compiled(step(stepName), CodeVariant.SOLUTION);
        ClassLoader classes = SOLUTION_CLASSES.computeIfAbsent(
                stepName, name -> solution.newClassLoader(PristineSteps.class.getClassLoader()));
        return settings -> LambdaHandlers.create(solution.handlerClass(), settings, classes);
    }
}
