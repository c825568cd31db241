package workshop.kit.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import workshop.kit.WorkshopException;
import workshop.kit.grader.Guidance;
import workshop.kit.grader.StepReport;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/**
 * {@code ./workshop hint step-N [task-M]}: hints before answers. Each task has hints in tiers (what
 * to think about; which API; the shape of the code), and each call shows one more tier, with the
 * ones seen before. What was seen is recorded, so {@code progress} can say how many hints a step took.
 * The hints come in English or Japanese ({@code --lang}, {@code WORKSHOP_LANG}, or the computer's language).
 */
@Command(
        name = "hint",
        mixinStandardHelpOptions = true,
        description =
                "Show the next hint for a task, one tier per call (what to think about, which API, the shape of the code).")
final class HintCommand implements Callable<Integer> {
    private static final int WIDTH = 96;

    private final Workspace workspace;

    @Parameters(index = "0", paramLabel = "step-N", description = "The step: step-1, step-2, ...")
    String stepName;

    @Parameters(
            index = "1",
            arity = "0..1",
            paramLabel = "task-M",
            description = "The task: task-1, 1, or bonus (default: the first task your last check left open).")
    String taskName;

    @Mixin
    LanguageOption language = new LanguageOption();

    HintCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        Chapters chapters = new Chapters(workspace.root(), language.language());
        Step step = workspace.steps().named(stepName);
        LearnerRecords records = new LearnerRecords(workspace.root());
        Task task = taskName != null ? task(step, taskName) : firstOpenTask(step, records);
        int tier = task.hints().isEmpty()
                ? 0
                : Math.min(records.hintsSeen(step, task) + 1, task.hints().size());
        if (tier > 0) {
            records.sawHint(step, task, tier);
        }
        show(step, task, tier, chapters, System.out);
        return 0;
    }

    /** Prints the task's hints up to {@code tier} (the last one new), and what to do after them. */
    static void show(Step step, Task task, int tier, Chapters chapters, PrintStream out) {
        Language lang = chapters.language();
        List<String> hints = task.hints(lang);
        String section = lang == Language.JAPANESE
                ? Guidance.japanese(chapters.section(step, task))
                : chapters.section(step, task).target();
        if (hints.isEmpty()) {
            out.println(
                    switch (lang) {
                        case ENGLISH ->
                            "Task " + task.number() + " of " + step.name() + " has no hints. Read " + section + ".";
                        case JAPANESE ->
                            step.name() + " のタスク " + task.number() + " にはヒントがありません。" + section + " を読んでください。";
                    });
            return;
        }
        out.println(
                switch (lang) {
                    case ENGLISH -> step.name() + ", " + task.heading(lang);
                    case JAPANESE -> step.name() + "、" + task.heading(lang);
                });
        for (int i = 0; i < tier; i++) {
            boolean seen = i + 1 < tier;
            out.println();
            out.println(
                    switch (lang) {
                        case ENGLISH ->
                            "Hint " + (i + 1) + " of " + hints.size() + (seen ? " (seen before)" : "") + ":";
                        case JAPANESE -> "ヒント " + (i + 1) + "/" + hints.size() + (seen ? "（表示済み）" : "") + ":";
                    });
            TextWrap.lines(hints.get(i), WIDTH).forEach(line -> out.println("  " + line));
        }
        out.println();
        String again = "./workshop hint " + step.name() + " " + task.id();
        String solution = "./workshop solution " + step.name();
        if (tier < hints.size()) {
            out.println(
                    switch (lang) {
                        case ENGLISH ->
                            "Still stuck? Run " + again + " again for hint " + (tier + 1) + " of " + hints.size() + ".";
                        case JAPANESE ->
                            "まだ行き詰まっていたら、もう一度 " + again + " を実行するとヒント " + (tier + 1) + "/" + hints.size() + " が出ます。";
                    });
        } else {
            out.println(
                    switch (lang) {
                        case ENGLISH ->
                            "That was the last hint. The chapter's section: " + section
                                    + ". Once your step is green, compare with the reference: " + solution;
                        case JAPANESE ->
                            "これが最後のヒントです。章の該当セクション: " + section + System.lineSeparator()
                                    + "ステップのチェックがすべて通ったら、模範解答と見比べてみましょう: " + solution;
                    });
        }
    }

    /** task-2, 2 or bonus. */
    static Task task(Step step, String name) {
        String wanted = name.strip().toLowerCase(java.util.Locale.ROOT);
        Optional<Task> task = wanted.equals("bonus")
                ? step.tasks().stream().filter(Task::bonus).findFirst()
                : step.tasks().stream()
                        .filter(t -> wanted.equals(t.id()) || wanted.equals(Integer.toString(t.number())))
                        .findFirst();
        return task.orElseThrow(() -> new WorkshopException("There is no task '" + name + "' in " + step.name()
                + ". Use one of: "
                + String.join(
                        ", ",
                        step.tasks().stream()
                                .map(t -> t.bonus() ? t.id() + " (bonus)" : t.id())
                                .toList()) + "."));
    }

    /** The first task whose checks failed when the step was last graded; the first task if it was never graded. */
    private static Task firstOpenTask(Step step, LearnerRecords records) {
        Optional<StepReport> last = records.lastGrading(step).map(LearnerRecords.SavedGrading::report);
        return last.flatMap(report -> report.checks().stream()
                        .filter(check -> check.task() != null
                                && !check.status().equals("pass")
                                && !check.status().equals("skip"))
                        .map(check -> step.task(check.task()).orElseThrow())
                        .min(java.util.Comparator.comparingInt(Task::number)))
                .orElse(step.tasks().get(0));
    }
}
