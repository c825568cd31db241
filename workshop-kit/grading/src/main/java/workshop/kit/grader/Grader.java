package workshop.kit.grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URLClassLoader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.engine.JupiterTestEngine;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workshop.kit.checks.GradingRun;
import workshop.kit.code.CompiledStep;
import workshop.kit.steps.Step;

/**
 * Runs a step's checks on one compiled version of its code (the learner's, the reference solution
 * or the untouched starter) through the JUnit Platform Launcher, the API IDEs and build tools use
 * too. It is the one way the workshop grades: {@code ./workshop check}, {@code watch}, the
 * reference-solution proof, the starter gate and the mistakes suite all come here.
 *
 * <p>The step manifest says which classes of checks a step runs. The step's classes get a class
 * loader of their own, so code graded before is never mixed in. Only the checks' verdicts reach the
 * scorecard; whatever the service prints while they run is kept in {@link StepResult#output()}.
 */
public final class Grader {
    private static final String CHECKS_PACKAGE = "workshop.kit.checks";

    /** Every check of the step. */
    public StepResult grade(CompiledStep code) {
        return grade(code, code.step().checkClasses());
    }

    /** The step's task checks only: what the starter gate runs. */
    public StepResult gradeTasks(CompiledStep code) {
        return grade(
                code,
                code.step().tasks().stream()
                        .flatMap(task -> task.checks().stream())
                        .toList());
    }

    /** The given classes of checks (simple names, such as "ReadAsideChecks"), in that order. */
    public StepResult grade(CompiledStep code, List<String> checkClasses) {
        LauncherDiscoveryRequest request = discoveryRequest(checkClasses);
        Launcher launcher = launcher();
        ResultCollector collector = new ResultCollector(code.step(), new FailureMessages());
        try (URLClassLoader classes = code.newClassLoader(Grader.class.getClassLoader());
                GradingRun run = GradingRun.start(code, classes)) {
            launcher.execute(request, collector, new CheckClassTimings());
            return new StepResult(code.step(), code.description(), collector.results(), run.output());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The checks of the step, in the order a grading runs and lists them, found without running any:
     * what a step module's test tree shows before its checks have run.
     */
    public List<PlannedCheck> plan(Step step) {
        TestPlan plan = launcher().discover(discoveryRequest(step.checkClasses()));
        List<PlannedCheck> checks = new ArrayList<>();
        for (TestIdentifier root : plan.getRoots()) {
            collectChecks(plan, root, step, checks);
        }
        return checks;
    }

    private static void collectChecks(TestPlan plan, TestIdentifier node, Step step, List<PlannedCheck> checks) {
        if (node.isTest() && node.getSource().orElse(null) instanceof MethodSource method) {
            String checkClass =
                    method.getClassName().substring(method.getClassName().lastIndexOf('.') + 1);
            checks.add(new PlannedCheck(
                    checkClass, method.getMethodName(), node.getDisplayName(), step.taskOf(checkClass)));
        }
        plan.getChildren(node).forEach(child -> collectChecks(plan, child, step, checks));
    }

    private static LauncherDiscoveryRequest discoveryRequest(List<String> checkClasses) {
        return LauncherDiscoveryRequestBuilder.request()
                .selectors(checkClasses.stream()
                        .map(name -> selectClass(CHECKS_PACKAGE + "." + name))
                        .toList())
                .build();
    }

    /**
     * Only JUnit Jupiter, and no listeners found on the classpath: the grader prints its own
     * scorecard, and no other test engine (or its banner) has any business here.
     */
    private static Launcher launcher() {
        return LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(new JupiterTestEngine())
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
    }
}
