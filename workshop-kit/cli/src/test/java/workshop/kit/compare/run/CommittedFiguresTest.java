package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * The figures chapter 4 quotes come from a committed {@code ./workshop compare --json} run of the
 * reference solutions; running the same settings here gives exactly the same counts, so a
 * learner who runs the same command can tell a difference in their code from noise.
 */
class CommittedFiguresTest {
    private static final Path COMMITTED = Path.of("docs", "figures", "compare.json");

    @Test
    void theChaptersFiguresAreReproducedExactly() throws IOException {
        JsonNode committed = CommittedReport.read(COMMITTED);
        WorkloadSettings settings = CommittedReport.settingsOf(committed.get("settings"));
        assertThat(settings.inOrder())
                .as("the chapter's figures come from a repeatable run")
                .isTrue();
        List<String> stepNames = new ArrayList<>();
        committed.get("steps").forEach(step -> stepNames.add(step.get("step").asText()));
        List<StepUnderTest> steps = ReferenceSolutions.steps(stepNames.toArray(String[]::new));

        StepRunner runner =
                new StepRunner(LocalBackends.shared(), settings, Prices.LIST_PRICES_2025, ProgressListener.NONE);
        List<StepAnalysis> analyses = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepAnalysis analysis = runner.run(steps.get(i));
            analyses.add(analysis);
            CommittedReport.assertSameCounts(
                    committed.get("steps").get(i), analysis.figures().counts(), stepNames.get(i));
        }

        // One point of the sweep too, run with the workload's time stretched: the cheapest one (a long
        // TTL misses least). The points at a step's own TTL are the runs above.
        JsonNode committedPoint = cheapestSweepPoint(committed.get("ttlSweep"));
        if (committedPoint != null) {
            int index = stepNames.indexOf(committedPoint.get("step").asText());
            SweepPoint point = TtlSweep.run(
                            runner,
                            List.of(analyses.get(index)),
                            List.of(steps.get(index)),
                            List.of(committedPoint.get("ttlSeconds").asDouble()))
                    .get(0);
            assertThat(point.timeScale()).isNotEqualTo(1.0);
            CommittedReport.assertSamePoint(committedPoint, point);
        }
    }

    private static JsonNode cheapestSweepPoint(JsonNode sweep) {
        JsonNode cheapest = null;
        for (JsonNode point : sweep) {
            boolean ownTtl = point.get("timeScale").asDouble() == 1.0;
            if (!ownTtl
                    && (cheapest == null
                            || point.get("hitRate").asDouble()
                                    > cheapest.get("hitRate").asDouble())) {
                cheapest = point;
            }
        }
        return cheapest;
    }
}
