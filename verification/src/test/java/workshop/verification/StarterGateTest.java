package workshop.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.PristineStarters;
import workshop.kit.grader.CheckResult;
import workshop.kit.grader.CheckStatus;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/**
 * The instructor's proof, second half ({@code ./mvnw verify -Pinstructor}): every untouched
 * starter fails every check its step adds, each with an assertion (a check that passes on the
 * starter does not test the exercise; one that crashes would show the learner a crash instead of a
 * hint). The starters are read from git by their recorded ids, never from the working copy: a
 * learner's edits are named, and the gate still runs on what the workshop ships.
 */
@EnabledIfSystemProperty(
        named = "workshop.instructor",
        matches = "true",
        disabledReason = "the starter gate runs with -Pinstructor")
class StarterGateTest {
    /** Set in CI: a starter committed without recording it (see CONTRIBUTING.md) is a mistake there. */
    private static final String STRICT = "WORKSHOP_STRICT_STARTERS";

    @BeforeAll
    static void sayWhichStarterFilesWereEdited() {
        List<Path> edited = PristineStarters.of(PristineSteps.ROOT).editedFiles();
        if (edited.isEmpty()) {
            return;
        }
        System.out.println(
                "These starter files differ from the starters the workshop ships (your edits, or a starter changed without recording it):");
        edited.forEach(file -> System.out.println("  " + file));
        System.out.println("The starter gate below grades the untouched starters, read from git, not these files.");
        assertThat(System.getenv(STRICT))
                .as(
                        "%s is set: a changed starter must be recorded in %s (see CONTRIBUTING.md, \"Change a starter\"); edited: %s",
                        STRICT, PristineStarters.LIST, edited)
                .isNull();
    }

    @TestFactory
    Stream<DynamicTest> everyStarterFailsEveryTaskCheckOfItsStep() {
        return PristineSteps.steps().all().stream().map(step -> DynamicTest.dynamicTest(step.name(), () -> gate(step)));
    }

    private static void gate(Step step) {
        StepResult result = new Grader().gradeTasks(PristineSteps.compiled(step, CodeVariant.STARTER));
        List<String> problems = new ArrayList<>();
        for (CheckResult check : result.checks()) {
            String verdict = switch (check.status()) {
                case FAIL -> "fails, as it must:  ";
                case PASS -> "PASSES:             ";
                case ERROR -> "CRASHES:            ";
                case SKIP -> "SKIPPED:            ";
            };
            System.out.println("  " + verdict + check.checkClass() + " > " + check.name());
            if (check.status() != CheckStatus.FAIL) {
                problems.add("'" + check.name() + "' " + verdict.strip().toLowerCase() + " on the untouched starter of "
                        + step.module() + (check.message().isBlank() ? "" : ": " + check.message()));
            }
        }
        assertThat(result.checks())
                .as("task checks run on the starter of %s", step.name())
                .isNotEmpty();
        assertThat(problems)
                .as("the starter of %s must fail every task check with an assertion", step.name())
                .isEmpty();
        System.out.println(step.module() + ": all " + result.checks().size()
                + " task checks fail on the untouched starter, as they must");
    }
}
