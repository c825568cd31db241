package workshop.kit.compare.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.CostEstimate;
import workshop.kit.compare.result.LatencyHistogram;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.result.Timeline;
import workshop.kit.compare.workload.WorkloadSettings;

class JsonReportTest {
    static StepFigures figures(String step, Long hits, Double hitRate, long stale) {
        long gets = hits == null ? 0 : 100;
        return new StepFigures(
                step,
                "Read-aside caching",
                hits == null ? null : 60.0,
                100,
                90,
                10,
                0,
                2,
                1,
                0,
                40,
                10,
                gets,
                hits == null ? 0 : hits,
                hits == null ? 0 : 100 - hits,
                40,
                hitRate,
                stale,
                stale / 90.0,
                12.5,
                new CostEstimate(40, 10, 120, 50_000, 0.05, 0.25, 0.30),
                1.5,
                9.0,
                20.0,
                15.0,
                Map.of("GET /users/{u}", new StepFigures.RouteLatency(90, 1.5, 9.0, 20.0)),
                400.0,
                2.0,
                1.0,
                50.0);
    }

    static ComparisonResult result(List<SweepPoint> sweep, StepFigures... steps) {
        WorkloadSettings settings = new WorkloadSettings(10, 2, 2, 0.1, 1.1, 100, 4, 0.1, 1, 7);
        List<StepAnalysis> analyses = java.util.Arrays.stream(steps)
                .map(f -> {
                    LatencyHistogram latencies = new LatencyHistogram();
                    latencies.record(1_000_000);
                    latencies.record(2_000_000);
                    return new StepAnalysis(
                            f,
                            latencies,
                            new Timeline(
                                    60,
                                    new double[] {0, 60},
                                    new double[] {Double.NaN, 50},
                                    new long[] {0, 1},
                                    new long[] {40, 50}));
                })
                .toList();
        return new ComparisonResult(
                settings,
                "the reference solutions",
                "./workshop compare",
                "DynamoDB: x\nMomento: y",
                analyses,
                sweep,
                Prices.LIST_PRICES_2025,
                9.5,
                120);
    }

    static ComparisonResult result(StepFigures... steps) {
        return result(List.of(), steps);
    }

    @Test
    void oneObjectPerStepWithTheAgreedFields() throws Exception {
        ComparisonResult result = result(figures("step-1", null, null, 0), figures("step-2", 60L, 0.6, 3));
        JsonNode json = new ObjectMapper().readTree(JsonReport.render(result));
        assertThat(json.get("steps")).hasSize(2);
        for (String field : List.of(
                "step",
                "requests",
                "dynamodbReads",
                "dynamodbWrites",
                "cacheHits",
                "cacheMisses",
                "hitRate",
                "staleReads",
                "maxStalenessSeconds",
                "readP50Ms",
                "readP95Ms",
                "readP99Ms")) {
            assertThat(json.get("steps").get(1).has(field)).as(field).isTrue();
        }
        JsonNode step2 = json.get("steps").get(1);
        assertThat(step2.get("step").asText()).isEqualTo("step-2");
        assertThat(step2.get("cacheHits").asLong()).isEqualTo(60);
        assertThat(step2.get("hitRate").asDouble()).isEqualTo(0.6);
        assertThat(step2.get("staleReads").asLong()).isEqualTo(3);
        assertThat(json.get("steps").get(0).get("hitRate").isNull()).isTrue(); // n/a, not 0
        assertThat(json.get("settings").get("countsRepeatable").asBoolean()).isTrue();
        assertThat(step2.get("cost").get("totalUsdPerMillionRequests").asDouble())
                .isEqualTo(0.30);
        assertThat(json.get("prices").get("sources")).isNotEmpty();
        assertThat(json.get("ttlSweep")).isEmpty();
        assertThat(json.get("reading").asText()).contains("Step 2 served 3 stale reads");
    }

    @Test
    void withoutTheChartsModuleTheHtmlReportSaysSoAndStillHoldsTheTables(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        ComparisonResult result = result(figures("step-1", null, null, 0), figures("step-2", 60L, 0.6, 3));
        // A workspace with no module built: the report must do without the charts.
        String root = System.getProperty("workshop.root");
        List<java.nio.file.Path> files;
        try {
            System.setProperty("workshop.root", dir.toString());
            files = HtmlReport.write(result, "table", dir.resolve("report.html"));
        } finally {
            System.setProperty("workshop.root", root);
        }
        String html = java.nio.file.Files.readString(files.get(0));
        assertThat(files).extracting(f -> f.getFileName().toString()).containsExactly("report.html");
        assertThat(html)
                .contains("No charts: the workshop-charts module is not built")
                .contains("<table>");
    }
}
