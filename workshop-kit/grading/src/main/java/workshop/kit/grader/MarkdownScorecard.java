package workshop.kit.grader;

import java.util.List;
import java.util.Optional;

/**
 * {@link GradingResults} as Markdown ({@code --markdown FILE}), for GitHub's job summary: a table of
 * the graded steps, then for each step its tasks and, when it is not done, what failed and where to
 * read about it. Docs links are relative to the repository, or under {@code docsUrl} when given
 * (a job summary has no repository to be relative to).
 */
public final class MarkdownScorecard {
    private static final int MAX_COMPILER_LINES = 40;

    private final String docsUrl;

    /** @param docsUrl prefix for docs links, e.g. https://github.com/you/workshop/blob/SHA/; empty for relative links */
    public MarkdownScorecard(Optional<String> docsUrl) {
        this.docsUrl = docsUrl.map(url -> url.endsWith("/") ? url : url + "/").orElse("");
    }

    public String render(GradingResults results) {
        StringBuilder md = new StringBuilder();
        md.append("## Workshop scorecard\n\n");
        md.append("| step | state | tasks done | checks passed | hints used |\n");
        md.append("|---|---|---|---|---|\n");
        for (StepGrade step : results.steps()) {
            GradeTotals t = step.totals();
            md.append("| ")
                    .append(cell(step.step() + ": " + step.title()))
                    .append(" | ")
                    .append(stateMark(step))
                    .append(' ')
                    .append(step.state())
                    .append(" | ")
                    .append(t.tasksDone())
                    .append(" of ")
                    .append(t.tasks())
                    .append(bonusNote(t))
                    .append(" | ")
                    .append(step.compileErrors() == null ? t.passed() + " of " + t.checks() : "–")
                    .append(" | ")
                    .append(t.hintsUsed())
                    .append(" |\n");
        }
        for (StepGrade step : results.steps()) {
            md.append('\n');
            renderStep(step, md);
        }
        return md.toString();
    }

    private void renderStep(StepGrade step, StringBuilder md) {
        md.append("### ").append(escape(step.step() + ": " + step.title())).append(" — ");
        if (step.compileErrors() != null) {
            md.append("does not compile\n\n");
            fenced(tail(step.compileErrors()), md);
            return;
        }
        md.append(step.totals().passed())
                .append(" of ")
                .append(step.totals().checks())
                .append(" checks pass\n\n");
        md.append("| task | checks passed | |\n|---|---|---|\n");
        for (TaskGrade task : step.tasks()) {
            String heading = (task.bonus() ? "Bonus: " : "Task " + task.number() + ": ") + task.title();
            md.append("| ")
                    .append(link(heading, task.docs()))
                    .append(" | ")
                    .append(task.passed())
                    .append(" of ")
                    .append(task.checks())
                    .append(" | ")
                    .append(task.done() ? "✅ done" : "")
                    .append(" |\n");
        }
        List<CheckGrade> earlier =
                step.checks().stream().filter(check -> check.task() == null).toList();
        if (!earlier.isEmpty()) {
            long passed = earlier.stream().filter(CheckGrade::passed).count();
            md.append("| Keeps working (earlier steps) | ")
                    .append(passed)
                    .append(" of ")
                    .append(earlier.size())
                    .append(" | ")
                    .append(passed == earlier.size() ? "✅" : "")
                    .append(" |\n");
        }
        List<CheckGrade> failed =
                step.checks().stream().filter(CheckGrade::failed).toList();
        if (failed.isEmpty()) {
            return;
        }
        // Folded: a starter fails dozens of checks, and the table above already says where the learner is.
        md.append("\n<details><summary>")
                .append(failed.size())
                .append(failed.size() == 1 ? " check" : " checks")
                .append(" not passing yet</summary>\n\n");
        for (CheckGrade check : failed) {
            String where = check.task() == null ? "keeps working" : (check.bonus() ? "bonus" : "task " + check.task());
            md.append("- ❌ ")
                    .append(escape(check.name()))
                    .append(" (")
                    .append(where)
                    .append("; read ")
                    .append(link("the section", check.docs()))
                    .append(")\n");
            if (!check.message().isBlank()) {
                md.append('\n');
                fenced(check.message(), md, "  ");
            }
        }
        md.append("</details>\n");
    }

    private static String stateMark(StepGrade step) {
        return switch (step.state()) {
            case StepGrade.DONE -> "✅";
            case StepGrade.DOES_NOT_COMPILE -> "❌";
            default -> "⏳";
        };
    }

    private static String bonusNote(GradeTotals t) {
        return t.bonusTasks() == 0 ? "" : " (bonus: " + t.bonusTasksDone() + " of " + t.bonusTasks() + ")";
    }

    private String link(String text, String docs) {
        return "[" + escape(text) + "](" + docsUrl + docs + ")";
    }

    private static void fenced(String text, StringBuilder md) {
        fenced(text, md, "");
    }

    /** A code block whose fence cannot be closed by the text inside it. */
    private static void fenced(String text, StringBuilder md, String indent) {
        String fence = text.contains("```") ? "~~~~" : "```";
        md.append(indent).append(fence).append("text\n");
        text.strip().lines().forEach(line -> md.append(indent).append(line).append('\n'));
        md.append(indent).append(fence).append("\n\n");
    }

    private static String tail(String text) {
        List<String> lines = text.strip().lines().toList();
        return lines.size() <= MAX_COMPILER_LINES
                ? text
                : String.join("\n", lines.subList(0, MAX_COMPILER_LINES)) + "\n...";
    }

    /** Text inside a table cell: no line breaks, no column separators. */
    private static String cell(String text) {
        return escape(text).replace("\n", " ");
    }

    private static String escape(String text) {
        return text.replace("<", "&lt;").replace(">", "&gt;").replace("|", "\\|");
    }
}
