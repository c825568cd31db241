package workshop.verification.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.kit.code.CompiledStep;
import workshop.kit.grader.CheckResult;
import workshop.kit.grader.CheckStatus;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;

/**
 * The grader's integrity, proven on typical learner mistakes ({@code mistakes.yaml}): each is a
 * copy of a reference solution with one change, graded by the same grader as
 * {@code ./workshop check}. A mistake must fail (with an assertion, not a crash) at least one of
 * the checks it names: a mistake that passes them, or that only unrelated checks catch, would show
 * the learner the wrong message. A valid variant (another style of a right answer) must pass every
 * check of its step. The log shows one line per entry and the totals.
 *
 * <p>Only the classes a mistake names are graded: if all its named checks pass, it is missed,
 * whatever else fails. Runs with {@code -Pinstructor}.
 */
@EnabledIfSystemProperty(
        named = "workshop.instructor",
        matches = "true",
        disabledReason = "the mistakes suite runs with -Pinstructor")
class MistakesSuiteTest {
    private static final List<Mistake> ENTRIES = Mistakes.load();
    private static final MistakeBuilds BUILDS = new MistakeBuilds();
    private static final AtomicInteger MISTAKES_CAUGHT = new AtomicInteger();
    private static final AtomicInteger VALID_PASSED = new AtomicInteger();
    private static final long STARTED = System.nanoTime();

    @Test
    void theListIsWellFormedAndLargeEnough() {
        List<String> problems = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (Mistake entry : ENTRIES) {
            String problem = entry.problem();
            if (problem != null) {
                problems.add(problem);
            } else if (!ids.add(entry.id())) {
                problems.add(entry.id() + " appears twice");
            } else if (!entry.valid()) {
                try {
                    Mistakes.classesNamedBy(entry, PristineSteps.step(entry.step()));
                } catch (RuntimeException e) {
                    problems.add(e.getMessage());
                }
            }
        }
        assertThat(problems)
                .withFailMessage("Problems in %s:%n%s", Mistakes.FILE, String.join("\n", problems))
                .isEmpty();
        assertThat(mistakes().size())
                .withFailMessage(
                        "%s holds %s mistakes; the suite needs at least 40",
                        Mistakes.FILE, mistakes().size())
                .isGreaterThanOrEqualTo(40);
        assertThat(validVariants().size())
                .withFailMessage(
                        "%s holds %s valid variants; the suite needs at least 6",
                        Mistakes.FILE, validVariants().size())
                .isGreaterThanOrEqualTo(6);
    }

    @TestFactory
    Stream<DynamicTest> everyMistakeFailsACheckMeantForIt() {
        return mistakes().stream().map(mistake -> DynamicTest.dynamicTest(mistake.id(), () -> judgeMistake(mistake)));
    }

    @TestFactory
    Stream<DynamicTest> everyValidVariantPassesEveryCheck() {
        return validVariants().stream()
                .map(variant -> DynamicTest.dynamicTest(variant.id(), () -> judgeValidVariant(variant)));
    }

    @AfterAll
    static void printTotals() {
        System.out.printf(
                "MISTAKES: caught %d/%d, valid variants %d/%d (%d s)%n",
                MISTAKES_CAUGHT.get(),
                mistakes().size(),
                VALID_PASSED.get(),
                validVariants().size(),
                (System.nanoTime() - STARTED) / 1_000_000_000L);
    }

    private static void judgeMistake(Mistake mistake) {
        Step step = PristineSteps.step(mistake.step());
        List<String> classes = Mistakes.classesNamedBy(mistake, step);
        CompiledStep code = BUILDS.build(mistake);
        StepResult result = new Grader().grade(code, classes);
        List<CheckResult> named = result.checks().stream()
                .filter(check -> mistake.caughtBy().contains(check.name())
                        || mistake.caughtBy().contains(check.checkClass()))
                .toList();
        List<CheckResult> failed = named.stream()
                .filter(check -> check.status() == CheckStatus.FAIL)
                .toList();
        if (!failed.isEmpty()) {
            MISTAKES_CAUGHT.incrementAndGet();
            CheckResult first = failed.get(0);
            System.out.printf("caught   %-48s by \"%s\": %s%n", mistake.id(), first.name(), firstLine(first.message()));
            return;
        }
        List<CheckResult> crashed = named.stream()
                .filter(check -> check.status() == CheckStatus.ERROR)
                .toList();
        String verdict = crashed.isEmpty()
                ? "MISSED   " + mistake.id() + ": every check meant for it passes ("
                        + String.join("; ", mistake.caughtBy()) + ")"
                : "CRASHED  " + mistake.id() + ": \"" + crashed.get(0).name()
                        + "\" crashed instead of failing with its message: "
                        + firstLine(crashed.get(0).message());
        System.out.println(verdict);
        throw new AssertionError(verdict + "\n  the mistake: " + mistake.description());
    }

    private static void judgeValidVariant(Mistake variant) {
        StepResult result = new Grader().grade(BUILDS.build(variant));
        List<CheckResult> failing = result.checks().stream()
                .filter(check -> check.status() != CheckStatus.PASS)
                .toList();
        if (failing.isEmpty() && !result.checks().isEmpty()) {
            VALID_PASSED.incrementAndGet();
            System.out.printf(
                    "passes   %-48s (valid: all %d checks pass)%n",
                    variant.id(), result.checks().size());
            return;
        }
        String verdict = result.checks().isEmpty()
                ? "NO CHECKS " + variant.id()
                : "REJECTED " + variant.id() + ", a valid variant: \""
                        + failing.get(0).name() + "\" " + failing.get(0).status() + ": "
                        + firstLine(failing.get(0).message());
        System.out.println(verdict);
        throw new AssertionError(verdict + "\n  the variant: " + variant.description());
    }

    private static List<Mistake> mistakes() {
        return ENTRIES.stream().filter(entry -> !entry.valid()).toList();
    }

    private static List<Mistake> validVariants() {
        return ENTRIES.stream().filter(Mistake::valid).toList();
    }

    private static String firstLine(String message) {
        String line = message.lines().findFirst().orElse("");
        return line.length() > 220 ? line.substring(0, 220) + "..." : line;
    }
}
