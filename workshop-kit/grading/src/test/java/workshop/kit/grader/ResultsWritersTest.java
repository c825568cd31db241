package workshop.kit.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/** JSON, JUnit XML and Markdown written from one grading: the same statuses and counts in each. */
class ResultsWritersTest {
    private final Steps steps = Steps.load(Steps.repositoryRoot());
    private final Task task1 = new Task(1, "Look up a membership", "task-1", false, List.of("A"), List.of());
    private final Task task2 = new Task(2, "Keep entries", "task-2", false, List.of("B"), List.of());
    private final Task bonus = new Task(3, "Extra mile", "bonus", true, List.of("C"), List.of());
    private final Step step =
            new Step("step-1", "step-1-x", "The first", "docs/01.md", null, List.of(task1, task2, bonus), List.of("D"));

    /** Task 1 done, task 2 with a failure and a crash, the bonus failing, earlier work passing and skipped. */
    private final StepResult result = new StepResult(
            step,
            "your code (step-1-x/src/main/java)",
            List.of(
                    new CheckResult("A", Optional.of(task1), "finds a member", CheckStatus.PASS, ""),
                    new CheckResult(
                            "B",
                            Optional.of(task2),
                            "stores with the TTL",
                            CheckStatus.FAIL,
                            "Expected 60 s\nbut saw 30 s"),
                    new CheckResult(
                            "B",
                            Optional.of(task2),
                            "survives | pipes & <tags>",
                            CheckStatus.ERROR,
                            "crashed with java.lang.NullPointerException\u0007"),
                    new CheckResult("C", Optional.of(bonus), "goes the extra mile", CheckStatus.FAIL, "not yet"),
                    new CheckResult("D", Optional.empty(), "old behaviour", CheckStatus.PASS, ""),
                    new CheckResult("D", Optional.empty(), "needs local Momento", CheckStatus.SKIP, "real Momento")),
            "");

    private final StepGrade grade = StepGrade.of(step, StepReport.of(result, steps, 2));
    private final GradingResults results = GradingResults.of("./workshop check step-1", List.of(grade));

    @Test
    void totalsCountWhatTheScorecardCounts() {
        GradeTotals totals = grade.totals();
        assertThat(totals.checks()).isEqualTo(result.checks().size()).isEqualTo(6);
        assertThat(totals.passed()).isEqualTo(result.passed()).isEqualTo(2);
        assertThat(totals.failed()).isEqualTo(result.failed()).isEqualTo(3);
        assertThat(totals.errors()).isEqualTo(1);
        assertThat(totals.skipped()).isEqualTo(result.skipped()).isEqualTo(1);
        assertThat(totals.bonusChecks()).isEqualTo(1);
        assertThat(totals.bonusPassed()).isZero();
        assertThat(List.of(totals.tasks(), totals.tasksDone(), totals.bonusTasks(), totals.bonusTasksDone()))
                .containsExactly(2, 1, 1, 0);
        assertThat(totals.hintsUsed()).isEqualTo(2);
        assertThat(grade.complete()).isEqualTo(result.complete()).isFalse();
        assertThat(grade.state()).isEqualTo(StepGrade.IN_PROGRESS);
        assertThat(grade.tasks()).extracting(TaskGrade::done).containsExactly(true, false, false);
        assertThat(grade.checks())
                .extracting(CheckGrade::status)
                .containsExactly("pass", "fail", "error", "fail", "pass", "skip");
        assertThat(grade.checks().get(3).bonus()).isTrue();
        assertThat(grade.checks().get(1).docs()).isEqualTo("docs/01.md#task-2");
        assertThat(results.totals()).isEqualTo(totals);
    }

    @Test
    void jsonReadsBackAsWritten(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("results.json");
        ResultsJson.write(results, file);
        assertThat(ResultsJson.read(file)).isEqualTo(results);
        assertThat(Files.readString(file))
                .contains("\"format\" : \"workshop-results/1\"")
                .contains("\"status\" : \"error\"");
    }

    @Test
    void aFileOfAnotherShapeIsNotTakenForResults(@TempDir Path directory) throws IOException {
        Path file = directory.resolve("other.json");
        Files.writeString(file, "{\"format\": \"something-else\"}");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ResultsJson.read(file))
                .isInstanceOf(IOException.class)
                .hasMessageContaining("workshop-results/1");
    }

    @Test
    void junitIsGreenExactlyWhenTheStepIsDoneSoAFailingBonusIsSkipped(@TempDir Path directory) throws Exception {
        List<Path> files = JUnitXmlReport.write(results, directory.resolve("junit"));
        assertThat(files).extracting(path -> path.getFileName().toString()).containsExactly("TEST-step-1.xml");
        Element suite = parse(files.get(0)).getDocumentElement();
        assertThat(suite.getAttribute("name")).isEqualTo("Step 1: The first");
        assertThat(suite.getAttribute("tests")).isEqualTo("6");
        assertThat(suite.getAttribute("failures")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getAttribute("skipped")).isEqualTo("2"); // the skip and the failing bonus check
        assertThat(testCases(suite))
                .extracting(test -> test.getAttribute("name"))
                .as("each test is named by its check's display name")
                .containsExactlyInAnyOrder(
                        "finds a member",
                        "stores with the TTL",
                        "survives | pipes & <tags>",
                        "goes the extra mile",
                        "old behaviour",
                        "needs local Momento");
        Element failed = testCase(suite, "stores with the TTL");
        assertThat(failed.getAttribute("classname")).as("the test's task").isEqualTo("Task 2: Keep entries");
        Element failure = (Element) failed.getElementsByTagName("failure").item(0);
        assertThat(failure.getAttribute("message")).startsWith("Expected 60 s");
        assertThat(failure.getTextContent())
                .contains("but saw 30 s")
                .contains("Read: docs/01.md#task-2")
                .doesNotContain("\tat ");
        Element crashed = testCase(suite, "survives | pipes & <tags>");
        assertThat(crashed.getElementsByTagName("error").item(0).getTextContent())
                .doesNotContain("\u0007")
                .contains("NullPointerException");
        Element bonusCase = testCase(suite, "goes the extra mile");
        assertThat(bonusCase.getElementsByTagName("skipped").item(0).getTextContent())
                .contains("Bonus task (the step is complete without it): not yet");
        assertThat(testCase(suite, "old behaviour").getAttribute("classname"))
                .isEqualTo("Keeps working (from the service and earlier steps)");
        assertThat(testCase(suite, "old behaviour")
                        .getElementsByTagName("failure")
                        .getLength())
                .as("a passing check has no failure")
                .isZero();
    }

    @Test
    void aStepThatDoesNotCompileIsOneErrorEverywhere(@TempDir Path directory) throws Exception {
        StepGrade broken = StepGrade.notCompiling(step, "your code", "A.java:[3,5] ';' expected", 0);
        GradingResults one = GradingResults.of("./workshop progress", List.of(broken));
        assertThat(broken.state()).isEqualTo(StepGrade.DOES_NOT_COMPILE);
        assertThat(broken.tasks()).hasSize(3).noneMatch(TaskGrade::done);
        assertThat(broken.totals().tasks()).isEqualTo(2);
        Element suite = parse(JUnitXmlReport.write(one, directory).get(0)).getDocumentElement();
        assertThat(suite.getAttribute("tests")).isEqualTo("1");
        assertThat(suite.getAttribute("errors")).isEqualTo("1");
        assertThat(suite.getElementsByTagName("error").item(0).getTextContent()).contains("';' expected");
        assertThat(new MarkdownScorecard(Optional.empty()).render(one))
                .contains("does not compile")
                .contains("';' expected");
    }

    private static List<Element> testCases(Element suite) {
        NodeList cases = suite.getElementsByTagName("testcase");
        return java.util.stream.IntStream.range(0, cases.getLength())
                .mapToObj(i -> (Element) cases.item(i))
                .toList();
    }

    private static Element testCase(Element suite, String name) {
        return testCases(suite).stream()
                .filter(test -> test.getAttribute("name").equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void markdownShowsEveryStepAndWhatFailedWithLinks() {
        String markdown =
                new MarkdownScorecard(Optional.of("https://github.com/someone/workshop/blob/abc")).render(results);
        assertThat(markdown)
                .contains("| step-1: The first | ⏳ in progress | 1 of 2 (bonus: 0 of 1) | 2 of 6 | 2 |")
                .contains(
                        "[Task 2: Keep entries](https://github.com/someone/workshop/blob/abc/docs/01.md#task-2) | 0 of 2 |")
                .contains(
                        "- ❌ stores with the TTL (task 2; read [the section](https://github.com/someone/workshop/blob/abc/docs/01.md#task-2))")
                .contains("survives \\| pipes & &lt;tags&gt;")
                .contains("  ```text\n  Expected 60 s\n  but saw 30 s\n  ```")
                .contains("<details><summary>3 checks not passing yet</summary>\n\n- ❌ stores with the TTL")
                .contains("</details>")
                .doesNotContain("finds a member"); // passing checks are counted, not listed
        assertThat(new MarkdownScorecard(Optional.empty()).render(results)).contains("](docs/01.md#task-2)");
    }

    private static Document parse(Path file) throws Exception {
        return DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile());
    }
}
