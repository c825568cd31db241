package workshop.kit.steptests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workshop.kit.grader.Grader;
import workshop.kit.grader.PlannedCheck;
import workshop.kit.grader.Scorecard;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * The tree a step module's tests show, before they run: the step, one container per task (then the
 * earlier work it keeps passing), one test per check named by its display name, in the grader's
 * order. (Running them needs a step's code: the verification module does that in real clones.)
 */
class StepChecksEngineTest {
    static class StepTwo {
        @ChecksOfStep("step-2")
        void checks() {}
    }

    @ChecksOfStep("step-2")
    static class StepTwoMarkedOnTheClass {}

    @Test
    void aStepsTestsReadLikeItsScorecard() {
        Step step = Steps.load(Steps.repositoryRoot()).named("step-2");
        TestPlan plan = LauncherFactory.create(LauncherConfig.builder()
                        .enableTestEngineAutoRegistration(false)
                        .addTestEngines(new StepChecksEngine())
                        .build())
                .discover(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(StepTwo.class))
                        .build());

        TestIdentifier stepNode = only(plan.getChildren(only(plan.getRoots())));
        assertThat(stepNode.getDisplayName()).isEqualTo("Step 2: " + step.title());
        List<TestIdentifier> groups = List.copyOf(plan.getChildren(stepNode));
        List<String> expectedGroups = new java.util.ArrayList<>(
                step.tasks().stream().map(Task::heading).toList());
        expectedGroups.add(Scorecard.KEEPS_WORKING);
        assertThat(groups).extracting(TestIdentifier::getDisplayName).containsExactlyElementsOf(expectedGroups);

        List<PlannedCheck> planned = new Grader().plan(step);
        List<String> shown = groups.stream()
                .flatMap(group -> plan.getChildren(group).stream())
                .map(TestIdentifier::getDisplayName)
                .toList();
        assertThat(shown)
                .as("one test per check, in the grader's order")
                .containsExactlyElementsOf(
                        planned.stream().map(PlannedCheck::name).toList());
        assertThat(groups.stream().flatMap(group -> plan.getChildren(group).stream()))
                .allSatisfy(test -> assertThat(test.getLegacyReportingName())
                        .as("reports name a test by its check")
                        .isEqualTo(test.getDisplayName()));
    }

    @Test
    void theMarkMayGoOnTheClassOrBeSelectedByItsMethod() throws Exception {
        for (var selector : List.of(
                selectClass(StepTwoMarkedOnTheClass.class),
                org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod(StepTwo.class, "checks"))) {
            TestPlan plan = LauncherFactory.create(LauncherConfig.builder()
                            .enableTestEngineAutoRegistration(false)
                            .addTestEngines(new StepChecksEngine())
                            .build())
                    .discover(LauncherDiscoveryRequestBuilder.request()
                            .selectors(selector)
                            .build());
            assertThat(only(plan.getChildren(only(plan.getRoots()))).getDisplayName())
                    .startsWith("Step 2: ");
        }
    }

    @Test
    void aClassWithoutTheMarkIsNotItsToRun() {
        TestPlan plan = LauncherFactory.create(LauncherConfig.builder()
                        .enableTestEngineAutoRegistration(false)
                        .addTestEngines(new StepChecksEngine())
                        .build())
                .discover(LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectClass(StepChecksEngineTest.class))
                        .build());
        assertThat(plan.getChildren(only(plan.getRoots()))).isEmpty();
    }

    private static TestIdentifier only(java.util.Collection<TestIdentifier> identifiers) {
        assertThat(identifiers).hasSize(1);
        return identifiers.iterator().next();
    }
}
