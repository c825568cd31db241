package workshop.kit.grader;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes {@link GradingResults} as JSON ({@code --json FILE}) and reads them back ({@code ./workshop class}). */
public final class ResultsJson {
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(SerializationFeature.INDENT_OUTPUT)
            // A reader may be older than the writer: fields it does not know are left out, not an error.
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

    private ResultsJson() {}

    public static String render(GradingResults results) {
        try {
            return JSON.writeValueAsString(results) + "\n";
        } catch (IOException e) {
            throw new IllegalStateException("Records of strings and numbers always serialise", e);
        }
    }

    public static void write(GradingResults results, Path file) throws IOException {
        Files.writeString(file, render(results), StandardCharsets.UTF_8);
    }

    public static GradingResults read(Path file) throws IOException {
        GradingResults results = JSON.readValue(file.toFile(), GradingResults.class);
        if (results.format() == null || !results.format().equals(GradingResults.FORMAT)) {
            throw new IOException(file + " is not a workshop results file of format " + GradingResults.FORMAT
                    + " (format: " + results.format() + ")");
        }
        return results;
    }
}
