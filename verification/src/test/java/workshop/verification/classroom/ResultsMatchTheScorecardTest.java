package workshop.verification.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import workshop.kit.code.CodeVariant;
import workshop.kit.grader.CheckGrade;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.JUnitXmlReport;
import workshop.kit.grader.ResultsJson;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepReport;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;

/**
 * {@code --json} and {@code --junit} say what the scorecard says: on step 3's untouched starter
 * (failing tasks, a failing bonus) and on its reference solution (everything passing, the bonus
 * included), each check's status is the scorecard's label for it, in the same order, and the
 * totals are the scorecard's summary. JUnit XML is green exactly when the step is done.
 */
class ResultsMatchTheScorecardTest {
    @TempDir
    Path directory;

    @TestFactory
    Stream<DynamicTest> resultsFilesMatchTheScorecard() {
        Step step = PristineSteps.step("step-3");
        return Stream.of(CodeVariant.STARTER, CodeVariant.SOLUTION)
                .map(variant -> DynamicTest.dynamicTest(
                        step.name() + " " + variant.name().toLowerCase(), () -> check(step, variant)));
    }

    private void check(Step step, CodeVariant variant) throws Exception {
        StepResult result = PristineSteps.graded(step, variant);
        ScorecardText scorecard = ScorecardText.read(PristineSteps.scorecard(result));

        Path json = directory.resolve(variant.name() + ".json");
        ResultsJson.write(
                GradingResults.of("test", List.of(StepGrade.of(step, StepReport.of(result, PristineSteps.steps(), 0)))),
                json);
        StepGrade written = ResultsJson.read(json).steps().get(0);

        // The scorecard groups checks by task, then earlier work; the results keep the grading's order.
        List<String> fromResults = written.checks().stream()
                .map(check -> ScorecardText.label(check.status()) + " " + check.name())
                .sorted()
                .toList();
        assertThat(fromResults)
                .as("each check's status in --json, as the scorecard labels it")
                .isEqualTo(scorecard.checkLines().stream().sorted().toList());
        assertThat(written.totals().checks()).isEqualTo(scorecard.checkLines().size());
        assertThat(written.totals().passed()).isEqualTo(scorecard.passed());
        assertThat(written.totals().failed()).isEqualTo(scorecard.failed());
        assertThat(written.totals().skipped()).isEqualTo(scorecard.skipped());
        assertThat(written.complete()).isEqualTo(result.complete());

        Element suite = DocumentBuilderFactory.newInstance()
                .newDocumentBuilder()
                .parse(JUnitXmlReport.write(ResultsJson.read(json), directory.resolve(variant.name()))
                        .get(0)
                        .toFile())
                .getDocumentElement();
        int bonusFailed = (int) written.checks().stream()
                .filter(check -> check.bonus()
                        && !check.status().equals("pass")
                        && !check.status().equals("skip"))
                .count();
        assertThat(Integer.parseInt(suite.getAttribute("tests")))
                .isEqualTo(scorecard.checkLines().size());
        assertThat(Integer.parseInt(suite.getAttribute("failures")) + Integer.parseInt(suite.getAttribute("errors")))
                .as("JUnit failures and errors: the scorecard's failures, bonus aside")
                .isEqualTo(scorecard.failed() - bonusFailed);
        assertThat(Integer.parseInt(suite.getAttribute("skipped"))).isEqualTo(scorecard.skipped() + bonusFailed);
        boolean green = suite.getAttribute("failures").equals("0")
                && suite.getAttribute("errors").equals("0");
        assertThat(green).as("JUnit is green exactly when the step is done").isEqualTo(result.complete());

        if (variant == CodeVariant.STARTER) {
            assertThat(written.state()).isEqualTo(StepGrade.IN_PROGRESS);
            assertThat(written.totals().tasksDone()).isZero();
            assertThat(written.checks())
                    .filteredOn(CheckGrade::bonus)
                    .isNotEmpty()
                    .allMatch(check -> check.status().equals("fail"));
            assertThat(bonusFailed).isPositive();
        } else {
            assertThat(written.state()).isEqualTo(StepGrade.DONE);
            assertThat(written.totals().passed()).isEqualTo(written.totals().checks());
            assertThat(written.totals().tasksDone()).isEqualTo(written.totals().tasks());
            assertThat(written.totals().bonusTasksDone())
                    .isEqualTo(written.totals().bonusTasks())
                    .isPositive();
        }
    }
}
