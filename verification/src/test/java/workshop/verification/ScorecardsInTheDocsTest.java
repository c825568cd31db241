package workshop.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import workshop.kit.grader.StepResult;

/**
 * A scorecard a chapter shows is a scorecard the grader prints: every block marked
 * {@code <!-- output: scorecard step-N starter -->} (or {@code solution}) is graded here, on the
 * untouched starter (or the reference solution), and each of its lines must be a line of the real
 * scorecard, in the same order. (The kit's docs tests make sure every text block is marked.)
 */
class ScorecardsInTheDocsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- output: scorecard (step-\\d+) (starter|solution) -->");

    @TestFactory
    Stream<DynamicTest> everyScorecardShownIsWhatTheGraderPrints() throws IOException {
        List<MarkedOutput> shown = MarkedOutput.in(MARKER);
        assertThat(shown).as("scorecards shown in the docs").isNotEmpty();
        return shown.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> check(block)));
    }

    private static void check(MarkedOutput block) {
        StepResult result = PristineSteps.graded(PristineSteps.step(block.step()), block.variant());
        List<String> printed = PristineSteps.scorecard(result)
                .lines()
                .map(String::stripTrailing)
                .toList();
        int at = 0;
        for (String line : block.lines()) {
            int found = printed.subList(at, printed.size()).indexOf(line.stripTrailing());
            assertThat(found)
                    .withFailMessage(
                            "%s:%d shows the line%n  %s%nwhich the grader does not print there. It prints:%n%s",
                            PristineSteps.ROOT.relativize(block.doc()), block.line(), line, String.join("\n", printed))
                    .isNotNegative();
            at += found + 1;
        }
    }
}
