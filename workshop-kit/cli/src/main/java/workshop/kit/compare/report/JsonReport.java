package workshop.kit.compare.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * The comparison as JSON: how it was run, the prices, then one object per step ({@link
 * workshop.kit.compare.result.StepFigures}: step, requests, dynamodbReads, dynamodbWrites, cacheHits,
 * cacheMisses, hitRate, staleReads, maxStalenessSeconds, cost, readP50Ms, ...), the TTL sweep's points,
 * and the reading.
 */
public final class JsonReport {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private JsonReport() {}

    static Map<String, Object> document(ComparisonResult result) {
        WorkloadSettings settings = result.settings();
        Map<String, Object> run = new LinkedHashMap<>();
        run.put("users", settings.users());
        run.put("organizations", settings.organizations());
        run.put("membersPerOrganization", settings.membersPerOrganization());
        run.put("writeShare", settings.writeShare());
        run.put("skew", settings.skew());
        run.put("requestsPerStep", settings.requests());
        run.put("requestsPerSecond", settings.requestsPerSecond());
        run.put("raceShare", settings.raceShare());
        run.put("foreignWriteShare", settings.foreignWriteShare());
        run.put("clients", settings.clients());
        run.put("seed", settings.seed());
        run.put("countsRepeatable", settings.inOrder());

        Map<String, Object> document = new LinkedHashMap<>();
        document.put("command", result.command());
        document.put("code", result.code());
        document.put("backends", result.backends());
        document.put("settings", run);
        document.put("prices", result.prices());
        document.put("wallSeconds", Math.round(result.wallSeconds() * 10) / 10.0);
        document.put("peakHeapMb", Math.round(result.peakHeapMb()));
        document.put("steps", result.figures());
        document.put("ttlSweep", result.sweep());
        document.put("reading", Reading.of(result));
        return document;
    }

    static String render(ComparisonResult result) {
        try {
            return JSON.writeValueAsString(document(result));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void write(ComparisonResult result, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(file, render(result) + System.lineSeparator());
    }
}
