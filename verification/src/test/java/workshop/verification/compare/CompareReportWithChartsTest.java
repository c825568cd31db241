package workshop.verification.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.report.HtmlReport;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.run.Comparison;
import workshop.kit.compare.run.StepUnderTest;
import workshop.kit.compare.workload.WorkloadSettings;
import workshop.verification.PristineSteps;

/**
 * A small real comparison of the reference solutions, written as the HTML report with its charts:
 * the charts module (workshop-charts) is on this module's test classpath, so the kit's HtmlReport
 * finds it as a service, as the CLI finds the module's build. The report is self-contained.
 */
class CompareReportWithChartsTest {
    @Test
    void theReportEmbedsEveryChartAndWritesThemBeside(@TempDir Path dir) throws Exception {
        System.setProperty("java.awt.headless", "true");
        List<StepUnderTest> steps = PristineSteps.steps().all().stream()
                .map(step -> new StepUnderTest(step.name(), step.title(), PristineSteps.solutionHandlers(step.name())))
                .toList();
        WorkloadSettings small = new WorkloadSettings(30, 4, 3, 0.2, 1.1, 150, 2, 0.3, 1, 7);
        ComparisonResult result = Comparison.run(
                LocalBackends.shared(),
                small,
                steps,
                List.of(5.0, 60.0),
                Prices.LIST_PRICES_2025,
                "the reference solutions",
                "./workshop compare (test)",
                ProgressListener.NONE);

        List<Path> files = HtmlReport.write(result, "table", dir.resolve("report.html"));
        String html = Files.readString(files.get(0));
        assertThat(files)
                .extracting(file -> file.getFileName().toString())
                .containsExactly(
                        "report.html",
                        "report-latency.png",
                        "report-hit-rate.png",
                        "report-stale-reads.png",
                        "report-ttl-sweep.png");
        // Nothing is loaded from elsewhere: no scripts, stylesheets or remote images; the pricing pages are plain
        // links.
        assertThat(html)
                .contains("data:image/png;base64,")
                .doesNotContain("<script", "<link", "src=\"http", "No charts");
        for (Path png : files.subList(1, files.size())) {
            assertThat(Files.size(png)).as("%s", png.getFileName()).isGreaterThan(1000);
        }
    }
}
