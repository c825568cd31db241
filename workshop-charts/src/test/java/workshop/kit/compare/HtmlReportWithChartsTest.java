package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static workshop.kit.compare.JsonReportTest.figures;
import static workshop.kit.compare.JsonReportTest.result;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The compare report with its charts: here the workshop-charts module is on the classpath, so the
 * kit's HtmlReport finds it as a service, as the CLI finds the module's build.
 */
class HtmlReportWithChartsTest {
  @Test
  void htmlIsSelfContainedWithEmbeddedCharts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    System.setProperty("java.awt.headless", "true");
    ComparisonResult result = result(figures("step-1", null, null, 0), figures("step-2", 60L, 0.6, 3));
    List<java.nio.file.Path> files = HtmlReport.write(result, "table", dir.resolve("report.html"));
    String html = java.nio.file.Files.readString(files.get(0));
    // Nothing is loaded from elsewhere: no scripts, stylesheets or remote images; the pricing pages are plain links.
    assertThat(html).contains("data:image/png;base64,").doesNotContain("<script").doesNotContain("<link")
        .doesNotContain("src=\"http");
    assertThat(html).contains("<a href=\"https://aws.amazon.com/dynamodb/pricing/on-demand/\">");
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("report.html", "report-latency.png", "report-hit-rate.png", "report-stale-reads.png");
  }

  @Test
  void aSweepAddsItsTableAndItsChart(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    System.setProperty("java.awt.headless", "true");
    List<SweepPoint> sweep = List.of(
        new SweepPoint("step-2", "Read-aside caching", 5, 60, 12, 90, 0.2, 1, 1 / 90.0, 4.5, 70, 0.4),
        new SweepPoint("step-2", "Read-aside caching", 300, 60, 0.2, 90, 0.9, 30, 30 / 90.0, 280, 9, 0.2));
    ComparisonResult result = result(sweep, figures("step-1", null, null, 0), figures("step-2", 60L, 0.6, 3));
    List<java.nio.file.Path> files = HtmlReport.write(result, "table", dir.resolve("report.html"));
    assertThat(files).extracting(f -> f.getFileName().toString()).contains("report-ttl-sweep.png");
    assertThat(java.nio.file.Files.readString(files.get(0))).contains("TTL 300 s").contains("step-2 stale share");
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(result));
    assertThat(json.get("ttlSweep")).hasSize(2);
    assertThat(json.get("ttlSweep").get(1).get("maxStalenessSeconds").asDouble()).isEqualTo(280);
    assertThat(json.get("reading").asText()).contains("step 2's hit rate went from 20.0% at 5 s to 90.0% at 300 s");
  }
}
