package workshop.verification.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.ResultsJson;
import workshop.kit.grader.StepGrade;
import workshop.verification.learner.WorkshopClone;
import workshop.verification.robustness.ChildJvm;

/**
 * {@code ./workshop check --json/--junit/--markdown} as a learner or a CI job runs it, in a clone:
 * the files say what the printed scorecard says; a {@code --json} path that cannot be written costs
 * one line and exit code 2, after the scorecard; {@code --task} grades one task.
 */
class CheckResultsFilesTest {
    private static final String CLI = "workshop.kit.cli.WorkshopCli";

    @Test
    void resultsFilesComeFromTheScorecardsResultsAndABadPathIsOneLineAndExitCode2() throws Exception {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the local Momento server");
        try (WorkshopClone clone = WorkshopClone.create()) {
            clone.copyBuiltAppClasses();
            Path out = Files.createDirectories(clone.root().resolve("out"));
            List<String> jvm = List.of("-Dworkshop.root=" + clone.root(), "-Dworkshop.tools.fresh=true");

            String output;
            try (ChildJvm check = ChildJvm.start(
                    clone.root(),
                    jvm,
                    CLI,
                    "check",
                    "step-1",
                    "--json",
                    out.resolve("results.json").toString(),
                    "--junit",
                    out.resolve("junit").toString(),
                    "--markdown",
                    out.resolve("summary.md").toString())) {
                assertThat(check.awaitExit(Duration.ofSeconds(180)))
                        .as(check.output())
                        .isEqualTo(1);
                output = check.output();
            }
            ScorecardText scorecard = ScorecardText.read(output);
            StepGrade step1 =
                    ResultsJson.read(out.resolve("results.json")).steps().get(0);
            assertThat(step1.checks().stream()
                            .map(check -> ScorecardText.label(check.status()) + " " + check.name())
                            .sorted()
                            .toList())
                    .isEqualTo(scorecard.checkLines().stream().sorted().toList());
            assertThat(List.of(
                            step1.totals().passed(),
                            step1.totals().failed(),
                            step1.totals().skipped()))
                    .containsExactly(scorecard.passed(), scorecard.failed(), scorecard.skipped());
            assertThat(Files.readString(out.resolve("junit/TEST-step-1.xml")))
                    .contains("tests=\"" + scorecard.checkLines().size() + "\"");
            assertThat(Files.readString(out.resolve("summary.md")))
                    .contains("| step-1: The service on DynamoDB alone | ⏳ in progress | 0 of 1 |");
            assertThat(output).contains("Wrote the results as JSON: " + out.resolve("results.json"));

            Path unwritable = clone.root().resolve("no-such-folder").resolve("results.json");
            try (ChildJvm bad =
                    ChildJvm.start(clone.root(), jvm, CLI, "check", "step-1", "--json", unwritable.toString())) {
                assertThat(bad.awaitExit(Duration.ofSeconds(180)))
                        .as(bad.output())
                        .isEqualTo(2);
                String badOutput = bad.output();
                assertThat(badOutput)
                        .as("the scorecard still prints")
                        .contains(scorecard.passed() + " passed, " + scorecard.failed() + " failed");
                assertThat(badOutput
                                .lines()
                                .filter(line -> line.contains("Cannot write"))
                                .toList())
                        .containsExactly("Cannot write --json " + unwritable + ": the folder " + unwritable.getParent()
                                + " does not exist. Give a path in a folder that exists and you may write to.");
                assertThat(badOutput).doesNotContain("Exception");
            }

            try (ChildJvm task = ChildJvm.start(clone.root(), jvm, CLI, "check", "step-1", "--task", "1")) {
                assertThat(task.awaitExit(Duration.ofSeconds(180)))
                        .as(task.output())
                        .isEqualTo(1);
                assertThat(task.output())
                        .containsPattern("Step 1, Task 1: Look up a membership — 0 of \\d+ checks pass")
                        .contains("only this task's checks ran")
                        .doesNotContain("Keeps working");
            }
            GradingResults unchanged = ResultsJson.read(out.resolve("results.json"));
            assertThat(unchanged.command()).isEqualTo("./workshop check step-1");
        }
    }
}
