package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workshop.accounts.data.AccountStore;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.JavaSourceCompiler;
import workshop.kit.code.PristineStarters;
import workshop.kit.code.StepBuilder;
import workshop.kit.code.StepSources;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * A check of something every request must do ({@link EveryRequest}) must reach every path the
 * learner writes, or a mistake made on the one it skips passes unseen (a DynamoDB client built in
 * each membership lookup passed 20 of 20 while the client check sent GETs and PATCHes of users
 * only). So each such check runs here, alone, on every step's reference solution that runs it, with
 * the repository behind a proxy that counts its calls ({@link CountingHandler}); every method of
 * {@link AccountStore}, as the interface declares them now, must have been called. A method added
 * to the interface fails here until the checks drive it.
 */
class EveryRequestCoverageTest {
    private static final Path ROOT = Steps.repositoryRoot();
    private static final Steps STEPS = Steps.load(ROOT);
    private static final StepBuilder BUILDER = new StepBuilder(
            ROOT,
            new StepSources(ROOT, PristineStarters.of(ROOT)),
            new JavaSourceCompiler(System.getProperty("java.class.path")),
            (step, variant) -> ROOT.resolve("workshop-kit/grading/target/every-request-steps")
                    .resolve(step.module())
                    .resolve(variant.directoryName()));

    @Test
    void theKindsOfCheckThatJudgeEveryRequestAreMarked() {
        // Client wiring, awaited cache calls, a failing cache, shared keys, TTLs: each has its check.
        List<String> marked = new ArrayList<>();
        for (String checkClass : allCheckClasses()) {
            everyRequestChecksOf(checkClass).forEach(check -> marked.add(checkClass + "." + check.getName()));
        }
        assertThat(marked)
                .as("checks marked @EveryRequest")
                .contains(
                        "ClientWiringChecks.clientsAreCreatedOncePerEnvironment",
                        "ReadAsideChecks.cacheCallsAreAwaited",
                        "ReadAsideChecks.entriesUseTheSharedKeys",
                        "TtlChecks.everyStoreHasTheStepsTtl",
                        "CacheOutageChecks.everyRequestWithoutACache",
                        "FailedWriteChecks.cacheFailureAfterWriteDoesNotFailTheRequest",
                        "FailedWriteChecks.cacheFailureAfterWriteLeavesNoOldValue");
    }

    @TestFactory
    Stream<DynamicTest> everyRequestCheckCallsEveryMethodOfTheStore() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Step step : STEPS.all()) {
            for (String checkClass : step.checkClasses()) {
                for (Method check : everyRequestChecksOf(checkClass)) {
                    tests.add(DynamicTest.dynamicTest(
                            step.name() + ": " + checkClass + "." + check.getName(),
                            () -> expectEveryMethodCalled(step, check)));
                }
            }
        }
        assertThat(tests).as("checks marked @EveryRequest in the steps' checks").isNotEmpty();
        return tests.stream();
    }

    private static void expectEveryMethodCalled(Step step, Method check) {
        Map<String, Integer> calls = callsWhileRunning(step, check);
        String name = check.getAnnotation(DisplayName.class).value();
        List<String> missed = new ArrayList<>();
        for (Method method : storeMethods()) {
            if (calls.getOrDefault(method.getName(), 0) == 0) {
                missed.add(method.getName());
            }
        }
        assertThat(missed)
                .withFailMessage(
                        "\"%s\" (%s, run by %s) judges every request, yet on the reference solution it never calls AccountStore.%s (calls it made: %s)."
                                + " A learner's mistake on that path would pass: send requests that reach it (StepChecks.everyKindOfRequest does)",
                        name,
                        check.getDeclaringClass().getSimpleName(),
                        step.name(),
                        String.join(", AccountStore.", missed),
                        calls)
                .isEmpty();
    }

    /** Runs one check on the step's reference solution, its repository counted; the calls it made. */
    private static Map<String, Integer> callsWhileRunning(Step step, Method check) {
        CompiledStep solution = BUILDER.build(step, CodeVariant.SOLUTION);
        CountingHandler.repositoryClass =
                solution.handlerClass().substring(0, solution.handlerClass().lastIndexOf('.')) + ".AccountRepository";
        CompiledStep counted = new CompiledStep(
                step,
                CodeVariant.SOLUTION,
                "the reference solution, its store counted",
                solution.classes(),
                CountingHandler.class.getName(),
                solution.fingerprint());
        List<String> failures = new ArrayList<>();
        TestExecutionListener outcomes = new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                result.getThrowable().ifPresent(thrown -> failures.add(identifier.getDisplayName() + ": " + thrown));
            }
        };
        StoreCallCounter.reset();
        try (URLClassLoader classes = counted.newClassLoader(EveryRequestCoverageTest.class.getClassLoader());
                GradingRun run = GradingRun.start(counted, classes)) {
            launcher()
                    .execute(
                            LauncherDiscoveryRequestBuilder.request()
                                    .selectors(selectMethod(check.getDeclaringClass(), check))
                                    .build(),
                            outcomes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        assertThat(failures)
                .withFailMessage(
                        "The check must pass on the reference solution of %s before its coverage means anything: %s",
                        step.name(), failures)
                .isEmpty();
        return StoreCallCounter.calls();
    }

    /** Every abstract method of the interface: what a step's repository implements. */
    private static List<Method> storeMethods() {
        return Arrays.stream(AccountStore.class.getMethods())
                .filter(method -> Modifier.isAbstract(method.getModifiers()))
                .sorted(java.util.Comparator.comparing(Method::getName))
                .toList();
    }

    private static List<Method> everyRequestChecksOf(String checkClass) {
        try {
            return Arrays.stream(
                            Class.forName("workshop.kit.checks." + checkClass).getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(EveryRequest.class))
                    .toList();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException("steps.yaml names a class of checks that does not exist: " + checkClass, e);
        }
    }

    private static List<String> allCheckClasses() {
        return STEPS.all().stream()
                .flatMap(step -> step.checkClasses().stream())
                .distinct()
                .toList();
    }

    /** Only JUnit Jupiter, as the grader runs the checks. */
    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .enableTestExecutionListenerAutoRegistration(false)
                .build());
    }
}
