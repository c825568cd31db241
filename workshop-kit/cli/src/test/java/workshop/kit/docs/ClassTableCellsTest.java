package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import workshop.kit.grader.Grader;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Steps;

/**
 * The cells of {@code ./workshop class --csv} a page quotes are cells the tool can write: each is
 * quoted with the step whose column it is in ({@code `step-2`: `in progress (9/22)`}), its total is
 * that step's number of checks (what {@link Grader#plan} finds, as the class table counts every
 * check of the step), a done step passed them all and a step in progress did not.
 */
class ClassTableCellsTest {
    private static final Pattern CELL = Pattern.compile("`(done|in progress) \\((\\d+)/(\\d+)\\)`");
    private static final Pattern STEP_CELL = Pattern.compile("`(step-\\d+)`: `(done|in progress) \\((\\d+)/(\\d+)\\)`");

    private final Path root = DocsSnippets.repoRoot();
    private final Steps steps = Steps.load(root);

    @Test
    void quotedCellsHaveTheirStepsNumberOfChecks() throws IOException {
        List<String> problems = new ArrayList<>();
        int quoted = 0;
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            String text = Files.readString(doc);
            int cells = count(CELL.matcher(text));
            Matcher cell = STEP_CELL.matcher(text);
            int withStep = 0;
            while (cell.find()) {
                withStep++;
                String where = root.relativize(doc) + ": `" + cell.group(1) + "`: `" + cell.group(2) + " ("
                        + cell.group(3) + "/" + cell.group(4) + ")`";
                if (steps.find(cell.group(1)).isEmpty()) {
                    problems.add(where + ": there is no " + cell.group(1));
                    continue;
                }
                int checks = new Grader().plan(steps.named(cell.group(1))).size();
                int passed = Integer.parseInt(cell.group(3));
                int total = Integer.parseInt(cell.group(4));
                if (total != checks) {
                    problems.add(where + ": " + cell.group(1) + " has " + checks + " checks");
                }
                if (cell.group(2).equals("done") ? passed != total : passed >= total) {
                    problems.add(where + ": a step " + cell.group(2) + " with " + passed + " of " + total
                            + " checks passed");
                }
            }
            if (cells != withStep) {
                problems.add(root.relativize(doc) + " quotes " + (cells - withStep)
                        + " cell(s) like `done (N/N)` without their step: write `step-N`: `done (N/N)`");
            }
            quoted += withStep;
        }
        assertThat(quoted).as("class table cells quoted in the docs").isPositive();
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    private static int count(Matcher matcher) {
        int found = 0;
        while (matcher.find()) {
            found++;
        }
        return found;
    }
}
