package workshop.verification.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.kit.code.CompiledStep;
import workshop.kit.grader.CheckResult;
import workshop.kit.grader.Grader;

/**
 * The same code gets the same scorecard every time. The hardest case is code that leaves a cache
 * call running when it answers (no join()): its calls race whatever comes next, and before the
 * checks waited for them, such code failed a different number of checks on each run. Each of these
 * mistakes is graded five times, on every check of its step, and the scorecards (every check's
 * verdict and message) must be identical.
 */
@EnabledIfSystemProperty(
        named = "workshop.instructor",
        matches = "true",
        disabledReason = "the mistakes suite runs with -Pinstructor")
class SameScorecardTest {
    private static final int RUNS = 5;
    private static final List<String> RACY_MISTAKES = List.of("s2-set-not-awaited", "s3-write-not-awaited");

    @TestFactory
    Stream<DynamicTest> aMistakeThatLeavesCallsRunningGetsOneScorecard() {
        List<Mistake> entries = Mistakes.load();
        return RACY_MISTAKES.stream()
                .map(id -> DynamicTest.dynamicTest(id, () -> {
                    Mistake mistake = entries.stream()
                            .filter(entry -> entry.id().equals(id))
                            .findFirst()
                            .orElseThrow(() -> new AssertionError(Mistakes.FILE + " has no mistake " + id));
                    CompiledStep code = new MistakeBuilds().build(mistake);
                    List<List<String>> scorecards = new ArrayList<>();
                    for (int run = 0; run < RUNS; run++) {
                        scorecards.add(new Grader()
                                .grade(code).checks().stream()
                                        .map(SameScorecardTest::line)
                                        .toList());
                    }
                    List<String> first = scorecards.get(0);
                    long failing = first.stream()
                            .filter(line -> !line.startsWith("PASS"))
                            .count();
                    for (int run = 1; run < RUNS; run++) {
                        List<String> other = scorecards.get(run);
                        assertThat(other)
                                .withFailMessage(
                                        "%s got another scorecard on run %s than on run 1.%nRun 1:%n%s%nRun %s:%n%s",
                                        id, run + 1, String.join("\n", first), run + 1, String.join("\n", other))
                                .isEqualTo(first);
                    }
                    System.out.printf(
                            "SAME SCORECARD: %s graded %d times, %d identical scorecards (%d checks, %d failing)%n",
                            id, RUNS, RUNS, first.size(), failing);
                }));
    }

    private static String line(CheckResult check) {
        return check.status() + " " + check.checkClass() + " > " + check.name()
                + (check.message().isBlank() ? "" : ": " + check.message());
    }
}
