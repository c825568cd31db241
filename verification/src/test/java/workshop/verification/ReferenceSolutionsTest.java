package workshop.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import workshop.kit.code.CodeVariant;
import workshop.kit.grader.CheckResult;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/**
 * The instructor's proof, first half: every step's reference solution, laid over its untouched
 * starter, passes every check of its step, the bonus included. Graded by the same grader as
 * {@code ./workshop check}, and the scorecard is printed, so the build log shows what passed.
 */
class ReferenceSolutionsTest {
    @TestFactory
    Stream<DynamicTest> everyReferenceSolutionPassesEveryCheck() {
        return PristineSteps.steps().all().stream()
                .map(step -> DynamicTest.dynamicTest(step.name(), () -> gradeSolution(step)));
    }

    private static void gradeSolution(Step step) {
        StepResult result = PristineSteps.graded(step, CodeVariant.SOLUTION);
        String scorecard = PristineSteps.scorecard(result);
        System.out.println(scorecard);
        assertThat(result.checks())
                .as("checks run on the reference solution of %s", step.name())
                .isNotEmpty();
        assertThat(result.checks().stream()
                        .filter(check -> !check.status().equals(workshop.kit.grader.CheckStatus.PASS))
                        .map(CheckResult::name))
                .as(
                        "checks the reference solution of %s does not pass:%n%s%nWhat the service printed:%n%s",
                        step.name(), scorecard, tail(result.output()))
                .isEmpty();
    }

    private static String tail(String output) {
        return output.length() > 4000 ? "..." + output.substring(output.length() - 4000) : output;
    }
}
