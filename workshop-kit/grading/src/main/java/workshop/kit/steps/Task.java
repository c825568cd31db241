package workshop.kit.steps;

import java.util.List;

/**
 * One task of a step: the work a learner does, the checks that grade it, the section of the chapter
 * that explains it, and hints in tiers (what to think about, which API, the shape of the code).
 * Title, section and hints come in English and Japanese ({@code titleJa}, {@code anchorJa}, each
 * hint's {@code ja}).
 *
 * @param anchorJa the section's anchor in the Japanese chapter ({@code docs/ja/<same file>}), as
 *     GitHub makes it from the Japanese heading: "## タスク 1: メンバーシップを調べる" gives
 *     {@code タスク-1-メンバーシップを調べる}
 * @param checks classes of {@code workshop.kit.checks} that grade it
 * @param bonus a bonus task is shown, but a step is complete without it
 */
public record Task(
        int number,
        String title,
        String titleJa,
        String anchor,
        String anchorJa,
        boolean bonus,
        List<String> checks,
        List<Hint> hints) {
    public Task {
        checks = List.copyOf(checks == null ? List.of() : checks);
        hints = List.copyOf(hints == null ? List.of() : hints);
    }

    /** A task in English only. */
    public Task(int number, String title, String anchor, boolean bonus, List<String> checks, List<Hint> hints) {
        this(number, title, null, anchor, null, bonus, checks, hints);
    }

    /** How the scorecard heads the task's group. */
    public String heading() {
        return heading(number, title, bonus);
    }

    /** How the scorecard heads a task's group, from what a grading's results keep of the task. */
    public static String heading(int number, String title, boolean bonus) {
        return bonus ? "Bonus task: " + title + " (the step is complete without it)" : "Task " + number + ": " + title;
    }

    /** The task's heading in a language (the hint command's title line); English where the Japanese title is missing. */
    public String heading(Language language) {
        if (language == Language.JAPANESE && titleJa != null) {
            return bonus ? "ボーナスタスク: " + titleJa + "（これがなくてもステップは完了です）" : "タスク " + number + ": " + titleJa;
        }
        return heading();
    }

    /** The title in a language; English where the Japanese is missing. */
    public String title(Language language) {
        return language == Language.JAPANESE && titleJa != null ? titleJa : title;
    }

    /** The hint tiers in a language, in order (a tier without Japanese yet is shown in English). */
    public List<String> hints(Language language) {
        return hints.stream().map(hint -> hint.in(language)).toList();
    }

    /** "task-2", as learners name it on the command line. */
    public String id() {
        return "task-" + number;
    }
}
