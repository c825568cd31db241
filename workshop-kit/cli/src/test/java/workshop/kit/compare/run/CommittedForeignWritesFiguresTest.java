package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * The foreign-writes sweep ({@code docs/figures/compare-foreign-writes.json}: the chapter's compare
 * and TTL sweep with a share of the writes made straight to DynamoDB) is reproduced exactly: every
 * step's counts and foreign writes, and every point of write-aside's sweep, the one the chapter
 * argues from. And the committed figure shows what it is quoted for.
 */
class CommittedForeignWritesFiguresTest {
    private static final Path COMMITTED = Path.of("docs", "figures", "compare-foreign-writes.json");
    private static final String WRITE_ASIDE = "step-3";

    @Test
    void theForeignWritesSweepIsReproducedExactly() throws IOException {
        JsonNode committed = CommittedReport.read(COMMITTED);
        WorkloadSettings settings = CommittedReport.settingsOf(committed.get("settings"));
        assertThat(settings.inOrder())
                .as("the figure comes from a repeatable run")
                .isTrue();
        assertThat(settings.foreignWriteShare())
                .as("the figure has foreign writes")
                .isPositive();
        List<String> stepNames = new ArrayList<>();
        committed.get("steps").forEach(step -> stepNames.add(step.get("step").asText()));
        List<StepUnderTest> steps = ReferenceSolutions.steps(stepNames.toArray(String[]::new));

        StepRunner runner =
                new StepRunner(LocalBackends.shared(), settings, Prices.LIST_PRICES_2025, ProgressListener.NONE);
        List<StepAnalysis> analyses = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepAnalysis analysis = runner.run(steps.get(i));
            analyses.add(analysis);
            JsonNode committedStep = committed.get("steps").get(i);
            CommittedReport.assertSameCounts(committedStep, analysis.figures().counts(), stepNames.get(i));
            assertThat(analysis.figures().foreignWrites())
                    .as("%s: foreignWrites", stepNames.get(i))
                    .isEqualTo(committedStep.get("foreignWrites").asLong());
        }

        int index = stepNames.indexOf(WRITE_ASIDE);
        List<JsonNode> committedPoints = pointsOf(committed, WRITE_ASIDE);
        List<Double> ttls = committedPoints.stream()
                .map(point -> point.get("ttlSeconds").asDouble())
                .toList();
        List<SweepPoint> points = TtlSweep.run(runner, List.of(analyses.get(index)), List.of(steps.get(index)), ttls);
        assertThat(points).hasSameSizeAs(committedPoints);
        for (int i = 0; i < points.size(); i++) {
            CommittedReport.assertSamePoint(committedPoints.get(i), points.get(i));
        }
    }

    @Test
    void theFigureShowsWriteAsidesStalenessBoundedByItsTtl() throws IOException {
        JsonNode committed = CommittedReport.read(COMMITTED);
        JsonNode noCache = committed.get("steps").get(0);
        assertThat(noCache.get("foreignWrites").asLong()).isPositive();
        assertThat(noCache.get("staleReads").asLong())
                .as("step 1 reads DynamoDB, which has every write")
                .isZero();

        List<JsonNode> writeAside = pointsOf(committed, WRITE_ASIDE);
        for (int i = 1; i < writeAside.size(); i++) {
            assertThat(writeAside.get(i).get("staleShare").asDouble())
                    .as("stale share at TTL %s s", writeAside.get(i).get("ttlSeconds"))
                    .isGreaterThanOrEqualTo(
                            writeAside.get(i - 1).get("staleShare").asDouble());
        }
        assertThat(writeAside.get(writeAside.size() - 1).get("staleReads").asLong())
                .isPositive();
        for (JsonNode point : committed.get("ttlSweep")) {
            assertThat(point.get("maxStalenessSeconds").asDouble())
                    .as("%s's oldest stale read at TTL %s s", point.get("step").asText(), point.get("ttlSeconds"))
                    .isLessThanOrEqualTo(point.get("ttlSeconds").asDouble());
        }
    }

    /** The committed sweep's points of one step, shortest TTL first. */
    private static List<JsonNode> pointsOf(JsonNode committed, String step) {
        List<JsonNode> points = new ArrayList<>();
        committed.get("ttlSweep").forEach(point -> {
            if (point.get("step").asText().equals(step)) {
                points.add(point);
            }
        });
        points.sort(Comparator.comparingDouble(point -> point.get("ttlSeconds").asDouble()));
        return points;
    }
}
