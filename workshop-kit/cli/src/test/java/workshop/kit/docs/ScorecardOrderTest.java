package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import workshop.kit.grader.Grader;
import workshop.kit.grader.PlannedCheck;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * A scorecard a page shows lists each task's checks in the grader's order, so the check right
 * under a task's heading is the task's first check: the one {@code watch} shows a learner first.
 * The verification module proves each line is printed, in order; it cannot tell a block that
 * skips the first check from one that starts with it. This test can, without running a check:
 * {@link Grader#plan} gives the order from the check classes' {@code @Order} and the manifest.
 */
class ScorecardOrderTest {
    private static final Pattern MARKER =
            Pattern.compile("<!-- output: scorecard (step-\\d+) (?:starter|solution) -->");
    private static final Pattern CHECK_LINE = Pattern.compile("^\\s+\\[(?:pass|FAIL|skip)] (.+)$");

    private final Path root = DocsSnippets.repoRoot();
    private final Steps steps = Steps.load(root);

    @Test
    void theCheckUnderATasksHeadingIsTheTasksFirstCheck() {
        List<String> problems = new ArrayList<>();
        int headings = 0;
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            for (Markdown.Fence fence : Markdown.read(doc).fences("text")) {
                Matcher marker = fence.htmlRightBefore() == null ? null : MARKER.matcher(fence.htmlRightBefore());
                if (marker == null || !marker.matches()) {
                    continue;
                }
                Step step = steps.named(marker.group(1));
                List<PlannedCheck> plan = new Grader().plan(step);
                List<String> lines = fence.literal().lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    Optional<Task> task = taskHeaded(step, lines.get(i));
                    if (task.isEmpty()) {
                        continue;
                    }
                    headings++;
                    String first = plan.stream()
                            .filter(check -> check.task().equals(task))
                            .findFirst()
                            .map(PlannedCheck::name)
                            .orElseThrow();
                    String shown = i + 1 < lines.size() ? checkName(lines.get(i + 1)) : null;
                    if (!first.equals(shown)) {
                        problems.add(root.relativize(doc) + ":" + (fence.line() + 2 + i) + ": under \""
                                + task.get().heading() + "\" the block shows "
                                + (shown == null ? "no check" : "\"" + shown + "\"") + "; the grader lists \"" + first
                                + "\" first");
                    }
                }
            }
        }
        assertThat(headings).as("task headings in the scorecards the docs show").isPositive();
        assertThat(problems)
                .withFailMessage(
                        "Scorecards that do not start a task with its first check:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void aBlockThatSkipsTheFirstCheckIsCaught() {
        Step step = steps.named("step-1");
        Task task = step.tasks().get(0);
        List<PlannedCheck> plan = new Grader().plan(step);
        List<String> ofTask = plan.stream()
                .filter(check -> check.task().equals(Optional.of(task)))
                .map(PlannedCheck::name)
                .toList();
        assertThat(ofTask)
                .as("step 1's task 1 has more than one check, in a fixed order")
                .hasSizeGreaterThan(1);
        assertThat(taskHeaded(step, task.heading() + " (0 of " + ofTask.size() + ")"))
                .contains(task);
        assertThat(checkName("  [FAIL] " + ofTask.get(1)))
                .isEqualTo(ofTask.get(1))
                .isNotEqualTo(ofTask.get(0));
    }

    /** The task whose scorecard heading starts the line, if any. */
    private static Optional<Task> taskHeaded(Step step, String line) {
        return step.tasks().stream()
                .filter(task -> line.startsWith(task.heading()))
                .findFirst();
    }

    private static String checkName(String line) {
        Matcher check = CHECK_LINE.matcher(line);
        return check.matches() ? check.group(1).strip() : null;
    }
}
