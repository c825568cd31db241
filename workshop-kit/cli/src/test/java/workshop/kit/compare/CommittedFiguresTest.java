package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;
import workshop.kit.docs.DocsSnippets;

/**
 * The figures chapter 3 quotes come from a committed {@code ./workshop compare --json} run of the
 * reference solutions; running the same settings here gives exactly the same counts, so a
 * learner who runs the same command can tell a difference in their code from noise.
 */
class CommittedFiguresTest {
  private static final Path COMMITTED = Path.of("docs", "figures", "compare.json");
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void theChaptersFiguresAreReproducedExactly() throws IOException {
    JsonNode committed = JSON.readTree(DocsSnippets.repoRoot(Path.of("")).resolve(COMMITTED).toFile());
    WorkloadSettings settings = settingsOf(committed.get("settings"));
    assertThat(settings.inOrder()).as("the chapter's figures come from a repeatable run").isTrue();
    List<String> stepNames = new ArrayList<>();
    committed.get("steps").forEach(step -> stepNames.add(step.get("step").asText()));
    List<StepUnderTest> steps = ReferenceSolutions.steps(stepNames.toArray(String[]::new));

    StepRunner runner = new StepRunner(LocalBackends.shared(), settings, Prices.LIST_PRICES_2025, ProgressListener.NONE);
    List<StepAnalysis> analyses = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      StepAnalysis analysis = runner.run(steps.get(i));
      analyses.add(analysis);
      assertSameCounts(committed.get("steps").get(i), analysis.figures().counts(), stepNames.get(i));
    }

    // One point of the sweep too, run with the workload's time stretched: the cheapest one (a long
    // TTL misses least). The points at a step's own TTL are the runs above.
    JsonNode committedPoint = cheapestSweepPoint(committed.get("ttlSweep"));
    if (committedPoint != null) {
      int index = stepNames.indexOf(committedPoint.get("step").asText());
      SweepPoint point = TtlSweep.run(runner, List.of(analyses.get(index)), List.of(steps.get(index)),
          List.of(committedPoint.get("ttlSeconds").asDouble())).get(0);
      assertThat(JSON.valueToTree(point).get("timeScale").asDouble()).isNotEqualTo(1.0);
      for (String field : List.of("ttlSeconds", "timeScale", "reads", "hitRate", "staleReads", "staleShare",
          "maxStalenessSeconds", "dynamodbReads")) {
        assertThat(JSON.valueToTree(point).get(field).asDouble())
            .as("%s at TTL %s s: %s", point.step(), point.ttlSeconds(), field)
            .isEqualTo(committedPoint.get(field).asDouble());
      }
    }
  }

  private static void assertSameCounts(JsonNode committedStep, Map<String, Object> counts, String step) {
    JsonNode committedCost = committedStep.get("cost");
    counts.forEach((field, value) -> {
      JsonNode expected = committedStep.has(field) ? committedStep.get(field) : committedCost.get(field);
      assertThat(expected).as("%s: %s is in the committed figures", step, field).isNotNull();
      Object committedValue = expected.isNull() ? null : expected.isIntegralNumber() ? (Object) expected.asLong() : expected.asDouble();
      Object actual = value instanceof Integer number ? (Object) number.longValue() : value;
      assertThat(actual).as("%s: %s", step, field).isEqualTo(committedValue);
    });
  }

  private static JsonNode cheapestSweepPoint(JsonNode sweep) {
    JsonNode cheapest = null;
    for (JsonNode point : sweep) {
      boolean ownTtl = point.get("timeScale").asDouble() == 1.0;
      if (!ownTtl && (cheapest == null || point.get("hitRate").asDouble() > cheapest.get("hitRate").asDouble())) {
        cheapest = point;
      }
    }
    return cheapest;
  }

  private static WorkloadSettings settingsOf(JsonNode settings) {
    return new WorkloadSettings(
        settings.get("users").asInt(),
        settings.get("organizations").asInt(),
        settings.get("membersPerOrganization").asInt(),
        settings.get("writeShare").asDouble(),
        settings.get("skew").asDouble(),
        settings.get("requestsPerStep").asLong(),
        settings.get("requestsPerSecond").asDouble(),
        settings.get("raceShare").asDouble(),
        settings.get("clients").asInt(),
        settings.get("seed").asLong());
  }
}
