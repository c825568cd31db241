package workshop.verification.mistakes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.kit.grader.CheckStatus;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepResult;
import workshop.verification.PristineSteps;

/**
 * The instructor guide quotes what the scorecard says for the usual mistakes; each quote is checked
 * here by making that mistake. In the guide, an entry starts with {@code <!-- mistake: ID -->} (an
 * id of mistakes.yaml), and the block quote ({@code > ...} lines) that follows it is the quote: it
 * must appear in the failure messages of the checks meant to catch that mistake ("..." in a quote
 * stands for any text). Runs with {@code -Pinstructor}, beside the mistakes suite.
 */
@EnabledIfSystemProperty(
        named = "workshop.instructor",
        matches = "true",
        disabledReason = "runs with -Pinstructor, beside the mistakes suite")
class GuideMessagesTest {
    private static final Path GUIDE = PristineSteps.ROOT.resolve("docs/instructor-guide.md");
    private static final Pattern MARKER = Pattern.compile("<!-- mistake: ([a-z0-9-]+) -->");

    private record Entry(String mistake, List<String> quotes) {}

    @TestFactory
    Stream<DynamicTest> everyQuotedMessageIsWhatTheScorecardSays() throws IOException {
        List<Entry> entries = entries();
        assertThat(entries).as("mistake entries in %s", GUIDE).hasSizeGreaterThanOrEqualTo(8);
        return entries.stream().map(entry -> DynamicTest.dynamicTest(entry.mistake(), () -> check(entry)));
    }

    private static void check(Entry entry) {
        Mistake mistake = Mistakes.load().stream()
                .filter(m -> m.id().equals(entry.mistake()))
                .findFirst()
                .orElseThrow(() -> new AssertionError(
                        "The guide names a mistake that is not in " + Mistakes.FILE + ": " + entry.mistake()));
        StepResult result = new Grader()
                .grade(
                        new MistakeBuilds().build(mistake),
                        Mistakes.classesNamedBy(mistake, PristineSteps.step(mistake.step())));
        String messages = String.join(
                "\n",
                result.checks().stream()
                        .filter(check -> check.status() == CheckStatus.FAIL)
                        .filter(check -> mistake.caughtBy().contains(check.name())
                                || mistake.caughtBy().contains(check.checkClass()))
                        .map(check -> "\"" + check.name() + "\"\n" + check.message())
                        .toList());
        assertThat(entry.quotes())
                .withFailMessage(
                        "The guide's entry for %s quotes nothing (a block quote, > lines). What the scorecard says:%n%s",
                        mistake.id(), messages)
                .isNotEmpty();
        for (String quote : entry.quotes()) {
            assertThat(appears(quote, messages))
                    .withFailMessage(
                            "The guide quotes, for %s:%n  %s%nbut the scorecard says:%n%s",
                            mistake.id(), quote, messages)
                    .isTrue();
        }
    }

    /** The quote's parts, split at "...", in order in the text (whitespace collapsed). */
    static boolean appears(String quote, String text) {
        String haystack = text.replaceAll("\\s+", " ");
        int from = 0;
        for (String part : quote.replaceAll("\\s+", " ").split("\\.\\.\\.")) {
            String needle = part.strip();
            if (needle.isEmpty()) {
                continue;
            }
            int at = haystack.indexOf(needle, from);
            if (at < 0) {
                return false;
            }
            from = at + needle.length();
        }
        return true;
    }

    private static List<Entry> entries() throws IOException {
        List<String> lines = Files.readAllLines(GUIDE);
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = MARKER.matcher(lines.get(i));
            if (!marker.find()) {
                continue;
            }
            // The entry runs to the next marker or heading; its block quote is the quote.
            StringBuilder quote = new StringBuilder();
            for (int j = i + 1;
                    j < lines.size()
                            && !MARKER.matcher(lines.get(j)).find()
                            && !lines.get(j).startsWith("#");
                    j++) {
                if (lines.get(j).startsWith(">")) {
                    quote.append(lines.get(j).substring(1).strip()).append(' ');
                }
            }
            entries.add(new Entry(
                    marker.group(1),
                    quote.isEmpty() ? List.of() : List.of(quote.toString().strip())));
        }
        return entries;
    }
}
