package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.workload.WorkloadSettings;
import workshop.kit.maintain.DocsSnippets;

/** A committed {@code ./workshop compare --json} report, and how a test matches a rerun against it. */
final class CommittedReport {
    private static final ObjectMapper JSON = new ObjectMapper();
    /** The fields of a sweep point that do not depend on the machine. */
    private static final List<String> POINT_COUNTS = List.of(
            "ttlSeconds",
            "timeScale",
            "reads",
            "hitRate",
            "staleReads",
            "staleShare",
            "maxStalenessSeconds",
            "dynamodbReads");

    private CommittedReport() {}

    /** @param file the report, relative to the repository's root, e.g. docs/figures/compare.json */
    static JsonNode read(Path file) throws IOException {
        return JSON.readTree(DocsSnippets.repoRoot(Path.of("")).resolve(file).toFile());
    }

    /** A report written before --foreign-writes existed has no foreignWriteShare: every write went through the service. */
    static WorkloadSettings settingsOf(JsonNode settings) {
        return new WorkloadSettings(
                settings.get("users").asInt(),
                settings.get("organizations").asInt(),
                settings.get("membersPerOrganization").asInt(),
                settings.get("writeShare").asDouble(),
                settings.get("skew").asDouble(),
                settings.get("requestsPerStep").asLong(),
                settings.get("requestsPerSecond").asDouble(),
                settings.get("raceShare").asDouble(),
                settings.path("foreignWriteShare").asDouble(0),
                settings.get("clients").asInt(),
                settings.get("seed").asLong());
    }

    /**
     * Every count of the rerun ({@link workshop.kit.compare.result.StepFigures#counts()}) is in the committed
     * step, with the same value.
     */
    static void assertSameCounts(JsonNode committedStep, Map<String, Object> counts, String step) {
        JsonNode committedCost = committedStep.get("cost");
        counts.forEach((field, value) -> {
            JsonNode expected = committedStep.has(field) ? committedStep.get(field) : committedCost.get(field);
            assertThat(expected)
                    .as("%s: %s is in the committed figures", step, field)
                    .isNotNull();
            Object committedValue = expected.isNull()
                    ? null
                    : expected.isIntegralNumber() ? (Object) expected.asLong() : expected.asDouble();
            Object actual = value instanceof Integer number ? (Object) number.longValue() : value;
            assertThat(actual).as("%s: %s", step, field).isEqualTo(committedValue);
        });
    }

    static void assertSamePoint(JsonNode committedPoint, SweepPoint point) {
        JsonNode rerun = JSON.valueToTree(point);
        for (String field : POINT_COUNTS) {
            assertThat(rerun.get(field).asDouble())
                    .as("%s at TTL %s s: %s", point.step(), point.ttlSeconds(), field)
                    .isEqualTo(committedPoint.get(field).asDouble());
        }
    }
}
