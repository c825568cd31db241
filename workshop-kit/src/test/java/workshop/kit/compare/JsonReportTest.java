package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonReportTest {
  static StepFigures figures(String step, Long hits, Double hitRate, long stale) {
    return new StepFigures(step, "Read-aside caching", 100, 90, 10, 1, 0, 40, 10, hits == null ? null : 100L, hits,
        hits == null ? null : 100 - hits, 40L, hitRate, stale, 12.5, 1.5, 9.0, 20.0, 15.0,
        Map.of("GET /users/{u}", new StepFigures.RouteLatency(90, 1.5, 9.0, 20.0)), 2.0, 120.0, 1.0, 50.0);
  }

  static ComparisonResult result(StepFigures... steps) {
    WorkloadSettings settings = new WorkloadSettings(10, 2, 2, 0.1, 1.1, 2, Duration.ofSeconds(5), 100, 7, true, 60);
    List<StepAnalysis> analyses = java.util.Arrays.stream(steps)
        .map(f -> new StepAnalysis(f, new long[] {1_000_000, 2_000_000},
            new Timeline(60, new double[] {0, 60}, new double[] {Double.NaN, 50}, new long[] {0, 1}, new long[] {40, 50}), List.of()))
        .toList();
    return new ComparisonResult(settings, "the reference solutions", "./workshop compare", "DynamoDB: x\nMomento: y", true, analyses, 9.5);
  }

  @Test
  void oneObjectPerStepWithTheAgreedFields() throws Exception {
    ComparisonResult result = result(figures("step-1", null, null, 0), figures("step-2", 60L, 0.6, 3));
    JsonNode json = new ObjectMapper().readTree(JsonReport.render(result));
    assertThat(json.get("steps")).hasSize(2);
    for (String field : List.of("step", "requests", "dynamodbReads", "dynamodbWrites", "cacheHits", "cacheMisses", "hitRate",
        "staleReads", "maxStalenessSeconds", "readP50Ms", "readP95Ms", "readP99Ms")) {
      assertThat(json.get("steps").get(1).has(field)).as(field).isTrue();
    }
    JsonNode step2 = json.get("steps").get(1);
    assertThat(step2.get("step").asText()).isEqualTo("step-2");
    assertThat(step2.get("cacheHits").asLong()).isEqualTo(60);
    assertThat(step2.get("hitRate").asDouble()).isEqualTo(0.6);
    assertThat(step2.get("staleReads").asLong()).isEqualTo(3);
    assertThat(json.get("steps").get(0).get("hitRate").isNull()).isTrue(); // n/a, not 0
    assertThat(json.get("settings").get("simulatedTimeSpeedUp").asInt()).isEqualTo(60);
    assertThat(json.get("reading").asText()).contains("Step 2 served 3 stale reads");
  }

  @Test
  void htmlIsSelfContainedWithEmbeddedCharts(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
    System.setProperty("java.awt.headless", "true");
    ComparisonResult result = result(figures("step-1", null, null, 0), figures("step-2", 60L, 0.6, 3));
    List<java.nio.file.Path> files = HtmlReport.write(result, "table", dir.resolve("report.html"));
    String html = java.nio.file.Files.readString(files.get(0));
    assertThat(html).contains("data:image/png;base64,").doesNotContain("<script").doesNotContain("http://").doesNotContain("https://");
    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("report.html", "report-latency.png", "report-hit-rate.png", "report-stale-reads.png");
  }
}
