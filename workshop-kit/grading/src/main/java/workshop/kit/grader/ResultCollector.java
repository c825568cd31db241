package workshop.kit.grader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import workshop.kit.steps.Step;

/**
 * Listens to one run of a step's checks and turns what JUnit reports into {@link CheckResult}s, in
 * the order the checks were discovered. Which task a check belongs to is the step manifest's say,
 * looked up by the check's class name.
 */
final class ResultCollector implements TestExecutionListener {
    private final Step step;
    private final FailureMessages failureMessages;
    private final Map<String, CheckResult> resultsById = new HashMap<>();
    private TestPlan testPlan;

    ResultCollector(Step step, FailureMessages failureMessages) {
        this.step = step;
        this.failureMessages = failureMessages;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        this.testPlan = testPlan;
    }

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.isTest()) {
            // A heading in the output log, so a learner reading it finds each check's part.
            System.out.println();
            System.out.println("=== " + checkClassOf(identifier) + ": " + identifier.getDisplayName());
        }
    }

    @Override
    public void executionSkipped(TestIdentifier identifier, String reason) {
        // A skipped class skips all its checks without reporting each of them.
        for (TestIdentifier check : checksIn(identifier)) {
            resultsById.putIfAbsent(check.getUniqueId(), result(check, CheckStatus.SKIP, reason));
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult outcome) {
        String message = outcome.getThrowable().map(failureMessages::describe).orElse("");
        CheckStatus status = switch (outcome.getStatus()) {
            case SUCCESSFUL -> CheckStatus.PASS;
            case ABORTED -> CheckStatus.SKIP; // an assumption did not hold: the check says why
            case FAILED ->
                outcome.getThrowable().filter(AssertionError.class::isInstance).isPresent()
                        ? CheckStatus.FAIL
                        : CheckStatus.ERROR;
        };
        if (identifier.isTest()) {
            resultsById.put(identifier.getUniqueId(), result(identifier, status, message));
            return;
        }
        // A class whose set-up failed (say, no backend, or a handler that cannot be created) never runs
        // its checks: each of them failed for that reason.
        if (status != CheckStatus.PASS) {
            for (TestIdentifier check : checksIn(identifier)) {
                resultsById.putIfAbsent(check.getUniqueId(), result(check, status, message));
            }
        }
    }

    /** The results, in discovery order: class by class, check by check. */
    List<CheckResult> results() {
        List<CheckResult> ordered = new ArrayList<>();
        if (testPlan == null) {
            return ordered;
        }
        for (TestIdentifier root : testPlan.getRoots()) {
            for (TestIdentifier check : checksIn(root)) {
                Optional.ofNullable(resultsById.get(check.getUniqueId())).ifPresent(ordered::add);
            }
        }
        return ordered;
    }

    private List<TestIdentifier> checksIn(TestIdentifier identifier) {
        List<TestIdentifier> checks = new ArrayList<>();
        if (identifier.isTest()) {
            checks.add(identifier);
        }
        for (TestIdentifier child : testPlan.getChildren(identifier)) {
            checks.addAll(checksIn(child));
        }
        return checks;
    }

    private CheckResult result(TestIdentifier check, CheckStatus status, String message) {
        String checkClass = checkClassOf(check);
        String method = check.getSource()
                .map(source -> source instanceof MethodSource m ? m.getMethodName() : "")
                .orElse("");
        return new CheckResult(checkClass, step.taskOf(checkClass), check.getDisplayName(), status, message, method);
    }

    /** The simple name of the check's class, e.g. "ReadAsideChecks". */
    private static String checkClassOf(TestIdentifier check) {
        String className = check.getSource()
                .map(source -> source instanceof MethodSource method
                        ? method.getClassName()
                        : source instanceof ClassSource type ? type.getClassName() : "")
                .orElse("");
        return className.substring(className.lastIndexOf('.') + 1);
    }
}
