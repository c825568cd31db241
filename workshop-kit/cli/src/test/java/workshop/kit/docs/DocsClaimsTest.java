package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import workshop.kit.cli.WorkshopCli;
import workshop.kit.cli.Workspace;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * What the pages claim about the code, checked against it:
 * <ul>
 *   <li>every {@code ./workshop} command line parses as the CLI parses it (its options and their
 *       values, not only its subcommand);
 *   <li>the step tables (README, docs/README) name the manifest's steps, modules, chapters and TTLs;
 *   <li>the instructor guide's plans add up to the totals they state;
 *   <li>every {@code text} block is command output, marked as such: {@code <!-- output: ... -->}
 *       right above it, either a scorecard the verification module reproduces or "abridged";
 *   <li>every figure of a table marked {@code <!-- figures: FILE -->} is in that committed compare
 *       report (counts, shares, costs, and the latencies of that run), so the chapters quote what a
 *       test reproduces, and a latency left over from an older run is caught.
 * </ul>
 */
class DocsClaimsTest {
    private static final Pattern COMMAND = Pattern.compile("\\./workshop((?:\\s+[^\\s|;&>#`]+)*)");
    private static final Pattern OUTPUT_MARKER =
            Pattern.compile("<!-- output: ((?:scorecard|test tree) step-\\d+ (?:starter|solution)|abridged[^>]*) -->");
    private static final Pattern FIGURES_MARKER = Pattern.compile("<!-- figures: (\\S+) -->");
    private static final Pattern NUMBER = Pattern.compile("\\$?\\d[\\d,]*(?:\\.\\d+)?%?");

    private final Path root = DocsSnippets.repoRoot();
    private final List<Path> docs = DocsSnippets.markdownFiles(root);
    private final Steps steps = Steps.load(root);

    @Test
    void everyWorkshopCommandParsesAsTheCliParsesIt() {
        CommandLine cli = WorkshopCli.commandLine(new Workspace(root, steps));
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Path doc : docs) {
            for (Markdown.Located text : Markdown.read(doc).textAndCode()) {
                Matcher command = COMMAND.matcher(text.text());
                while (command.find()) {
                    List<String> arguments = arguments(command.group(1));
                    if (arguments.size() < 2) {
                        continue; // the launcher or a command named in passing ("`./workshop run` serves ..."):
                        // DocsReferencesTest checks those
                    }
                    count++;
                    try {
                        cli.parseArgs(arguments.toArray(String[]::new));
                    } catch (CommandLine.ParameterException e) {
                        problems.add(root.relativize(doc) + ":" + text.line() + ": ./workshop "
                                + String.join(" ", arguments) + ": " + e.getMessage());
                    }
                }
            }
        }
        assertThat(count).as("./workshop commands in the pages").isGreaterThan(20);
        assertThat(problems)
                .withFailMessage("Commands the CLI would refuse:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void theStepTablesNameTheManifestsSteps() {
        String readme = read(root.resolve("README.md"));
        String index = read(root.resolve("docs/README.md"));
        List<String> problems = new ArrayList<>();
        int lastChapter = -1;
        for (Step step : steps.all()) {
            String ttl = step.ttl().map(t -> t.toSeconds() + " s").orElse("none");
            Pattern row = Pattern.compile("(?m)^\\| " + step.number() + " \\| `" + Pattern.quote(step.module())
                    + "` \\|[^\\n]*\\| " + Pattern.quote(ttl) + " \\|$");
            if (!row.matcher(readme).find()) {
                problems.add(
                        "README.md has no row | " + step.number() + " | `" + step.module() + "` | ... | " + ttl + " |");
            }
            String chapter = root.resolve(step.chapter()).getFileName().toString();
            int at = index.indexOf("(" + chapter + ")");
            if (at < 0) {
                problems.add("docs/README.md does not link " + chapter + " (" + step.name() + ")");
            } else if (at < lastChapter) {
                problems.add("docs/README.md lists " + chapter + " out of order");
            }
            lastChapter = Math.max(lastChapter, at);
        }
        assertThat(problems)
                .withFailMessage(
                        "Step tables that disagree with workshop-kit/steps.yaml:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void theInstructorsPlansAddUp() {
        List<String> lines =
                read(root.resolve("docs/instructor-guide.md")).lines().toList();
        List<String> problems = new ArrayList<>();
        int plans = 0;
        int sum = 0;
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith("| part | minutes |")) {
                inTable = true;
                sum = 0;
                continue;
            }
            if (!inTable || line.startsWith("|---")) {
                continue;
            }
            if (!line.startsWith("|")) {
                inTable = false;
                continue;
            }
            String[] cells = line.split("\\|");
            int minutes = Integer.parseInt(cells[2].strip());
            if (cells[1].strip().equals("total")) {
                plans++;
                if (minutes != sum) {
                    problems.add("a plan states a total of " + minutes + " minutes; its parts add up to " + sum);
                }
                inTable = false;
            } else {
                sum += minutes;
            }
        }
        assertThat(plans).as("plans with a total in the instructor guide").isGreaterThanOrEqualTo(2);
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    @Test
    void everyTextBlockIsMarkedAsOutput() {
        List<String> unmarked = new ArrayList<>();
        for (Path doc : docs) {
            for (Markdown.Fence fence : Markdown.read(doc).fences("text")) {
                if (fence.htmlRightBefore() == null
                        || !OUTPUT_MARKER.matcher(fence.htmlRightBefore()).matches()) {
                    unmarked.add(root.relativize(doc) + ":" + fence.line());
                }
            }
        }
        assertThat(unmarked)
                .withFailMessage(
                        "text blocks (command output) without an <!-- output: scorecard step-N starter|solution --> or"
                                + " <!-- output: abridged, ... --> marker right above them:%n%s",
                        String.join("\n", unmarked))
                .isEmpty();
    }

    @Test
    void theChaptersFiguresAreTheCommittedReportsFigures() throws IOException {
        List<String> problems = new ArrayList<>();
        int tables = 0;
        for (Path doc : docs) {
            List<String> lines = read(doc).lines().toList();
            for (int i = 0; i < lines.size(); i++) {
                Matcher marker = FIGURES_MARKER.matcher(lines.get(i));
                if (!marker.find()) {
                    continue;
                }
                tables++;
                Set<String> known = figuresOf(new ObjectMapper()
                        .readTree(root.resolve(marker.group(1)).toFile()));
                for (int j = i + 3; j < lines.size() && lines.get(j).startsWith("|"); j++) {
                    // Latencies too: they vary with the machine, so a table quotes the committed run's.
                    String[] cells = lines.get(j).split("\\|");
                    for (int c = 2; c < cells.length; c++) {
                        Matcher number = NUMBER.matcher(cells[c]);
                        while (number.find()) {
                            if (!known.contains(number.group())) {
                                problems.add(root.relativize(doc) + ":" + (j + 1) + ": " + number.group()
                                        + " is not a figure of " + marker.group(1));
                            }
                        }
                    }
                }
            }
        }
        assertThat(tables).as("tables of compare figures in the chapters").isGreaterThanOrEqualTo(2);
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    /** Every figure of a compare report as the chapters write it: counts, percentages, seconds, dollars. */
    private static Set<String> figuresOf(JsonNode report) {
        Set<String> figures = new HashSet<>(Set.of("0", "0.0%"));
        for (JsonNode step : report.path("steps")) {
            figures.add(count(step.path("dynamodbReads").asLong()));
            figures.add(percent(step.path("hitRate").asDouble()));
            figures.add(count(step.path("staleReads").asLong()));
            figures.add(percent(step.path("staleShare").asDouble()));
            figures.add(String.format(
                    Locale.ROOT, "%.1f", step.path("maxStalenessSeconds").asDouble()));
            figures.add(count(step.path("ttlSeconds").asLong()));
            JsonNode cost = step.path("cost");
            figures.add(dollars(cost.path("dynamoDbUsdPerMillionRequests").asDouble()));
            figures.add(dollars(cost.path("momentoUsdPerMillionRequests").asDouble()));
            figures.add(dollars(cost.path("totalUsdPerMillionRequests").asDouble()));
            for (String latency : List.of("readP50Ms", "readP95Ms", "readP99Ms", "writeP50Ms")) {
                if (step.hasNonNull(latency)) {
                    figures.add(String.format(
                            Locale.ROOT, "%.2f", step.path(latency).asDouble()));
                }
            }
        }
        for (JsonNode point : report.path("ttlSweep")) {
            figures.add(count(point.path("ttlSeconds").asLong()));
            figures.add(percent(point.path("hitRate").asDouble()));
            figures.add(percent(point.path("staleShare").asDouble()));
            figures.add(count(Math.round(point.path("maxStalenessSeconds").asDouble())));
        }
        return figures;
    }

    private static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.1f%%", share * 100);
    }

    private static String dollars(double value) {
        return String.format(Locale.ROOT, "$%.3f", value);
    }

    private static String read(Path file) {
        try {
            return java.nio.file.Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** The words of a command line after ./workshop, with the docs' placeholders made concrete. */
    private static List<String> arguments(String line) {
        List<String> words = new ArrayList<>();
        for (String word : line.strip().split("\\s+")) {
            if (word.isEmpty() || word.equals("...") || word.startsWith("(")) {
                break;
            }
            words.add(
                    word.replace("step-N", "step-1").replace("task-M", "task-1").replaceAll("[.,;:)]+$", ""));
        }
        return words;
    }
}
