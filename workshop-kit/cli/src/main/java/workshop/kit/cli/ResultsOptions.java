package workshop.kit.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.JUnitXmlReport;
import workshop.kit.grader.MarkdownScorecard;
import workshop.kit.grader.ResultsJson;

/**
 * The options of {@code check} and {@code progress} that write the results for machines as well as
 * printing them for people: JSON, JUnit XML and Markdown, all from the same {@link GradingResults}
 * the scorecard was printed from. A file that cannot be written costs one line and exit code 2;
 * the scorecard has been printed by then.
 */
public final class ResultsOptions {
    /** The exit code when the grading ran but a results file could not be written. */
    static final int CANNOT_WRITE = 2;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write every check's result as JSON to FILE.")
    Path json;

    @Option(
            names = "--junit",
            paramLabel = "DIR",
            description = "Also write JUnit XML into DIR, one TEST-step-N.xml per step.")
    Path junit;

    @Option(
            names = "--markdown",
            paramLabel = "FILE",
            description = "Also append the results as Markdown to FILE (in GitHub Actions: \"$GITHUB_STEP_SUMMARY\").")
    Path markdown;

    @Option(
            names = "--docs-url",
            paramLabel = "URL",
            description =
                    "With --markdown: link the chapters under URL (e.g. the repository's files on GitHub), not relative to it.")
    String docsUrl;

    boolean any() {
        return json != null || junit != null || markdown != null;
    }

    /** Writes every file asked for; false if any could not be written (each such file said so on {@code err}). */
    boolean write(GradingResults results, PrintStream out, PrintStream err) {
        boolean ok = true;
        if (json != null) {
            ok &= attempt("--json", json, err, () -> {
                ResultsJson.write(results, json);
                out.println("Wrote the results as JSON: " + json);
            });
        }
        if (junit != null) {
            ok &= attempt("--junit", junit, err, () -> {
                List<Path> files = JUnitXmlReport.write(results, junit);
                out.println("Wrote the results as JUnit XML: " + files.size() + (files.size() == 1 ? " file" : " files")
                        + " in " + junit);
            });
        }
        if (markdown != null) {
            ok &= attempt("--markdown", markdown, err, () -> {
                String text = new MarkdownScorecard(Optional.ofNullable(docsUrl)).render(results);
                Files.writeString(
                        markdown, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                out.println("Appended the results as Markdown to " + markdown);
            });
        }
        return ok;
    }

    private interface Writing {
        void run() throws IOException;
    }

    private static boolean attempt(String option, Path path, PrintStream err, Writing writing) {
        try {
            writing.run();
            return true;
        } catch (IOException e) {
            err.println("Cannot write " + option + " " + path + ": " + reason(path, e)
                    + ". Give a path in a folder that exists and you may write to.");
            return false;
        }
    }

    /** Why a path could not be written, in a few words. */
    public static String reason(Path path, IOException e) {
        if (e instanceof NoSuchFileException) {
            Path parent = path.toAbsolutePath().getParent();
            return parent != null && !Files.isDirectory(parent)
                    ? "the folder " + parent + " does not exist"
                    : "no such file or folder";
        }
        if (e instanceof AccessDeniedException) {
            return "permission denied";
        }
        if (e instanceof FileAlreadyExistsException) {
            return "it is a file, not a folder";
        }
        if (Files.isDirectory(path)) {
            return "it is a folder";
        }
        if (e instanceof FileSystemException fs && fs.getReason() != null) {
            return fs.getReason();
        }
        return String.valueOf(e.getMessage());
    }
}
