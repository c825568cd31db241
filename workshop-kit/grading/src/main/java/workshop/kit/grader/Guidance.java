package workshop.kit.grader;

import java.util.Optional;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.DocsLink;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/**
 * The scorecard's lines that tell a learner what to do next (where to read, how to get a hint, what
 * to run), in the learner's language, each sentence in English and Japanese side by side. What was
 * graded stays English in both: the header, the task groups, the check names and messages, the
 * summary. They are the names the step's tests, the results files and the chapters' scorecards use,
 * and one name per check is what lets a learner search for it.
 */
public final class Guidance {
    private final Chapters chapters;

    public Guidance(Chapters chapters) {
        this.chapters = chapters;
    }

    /** The English lines, with the manifest's chapters. */
    public static Guidance english() {
        return new Guidance(Chapters.english());
    }

    public Chapters chapters() {
        return chapters;
    }

    public Language language() {
        return chapters.language();
    }

    /** "Read: docs/...", under a failed check. */
    String read(DocsLink link) {
        return switch (language()) {
            case ENGLISH -> "Read: " + link.target();
            case JAPANESE -> "参照: " + japanese(link);
        };
    }

    /** "Stuck? ./workshop hint step-N task-M", under the first check to fix. */
    String stuck(Step step, Task task) {
        return switch (language()) {
            case ENGLISH -> "Stuck? ./workshop hint " + step.name() + " " + task.id();
            case JAPANESE -> "行き詰まったら: ./workshop hint " + step.name() + " " + task.id();
        };
    }

    /** The line above the first failing check in watch's short scorecard; empty task for earlier work. */
    String firstCheckToFix(Optional<Task> task) {
        return switch (language()) {
            case ENGLISH ->
                "First check to fix"
                        + task.map(t -> " (Task " + t.number() + ")").orElse(" (it worked before)") + ":";
            case JAPANESE ->
                "最初に直すチェック" + task.map(t -> "（タスク " + t.number() + "）").orElse("（以前は通っていたもの）") + ":";
        };
    }

    /** The next step when a task's checks fail. */
    String nextTask(Step step, Task task) {
        DocsLink link = chapters.section(step, task);
        return switch (language()) {
            case ENGLISH ->
                "Next: Task " + task.number() + " (read " + link.target() + "; stuck? ./workshop hint " + step.name()
                        + " " + task.id() + "), then run ./workshop check " + step.name() + " again.";
            case JAPANESE ->
                "次: タスク " + task.number() + "「" + task.title(Language.JAPANESE) + "」。" + japanese(link)
                        + " を読み（行き詰まったら ./workshop hint " + step.name() + " " + task.id() + " を実行）、./workshop check "
                        + step.name() + " をもう一度実行してください。";
        };
    }

    /** The next step when only checks of earlier work fail. */
    String fixEarlierWork(Step step) {
        return switch (language()) {
            case ENGLISH ->
                "Next: something that worked before is broken now; the [FAIL] lines above say what."
                        + " Fix it, then run ./workshop check " + step.name() + " again.";
            case JAPANESE ->
                "次: 以前は通っていたチェックが失敗しています（どれかは上の [FAIL] の行のとおり）。直したら ./workshop check " + step.name()
                        + " をもう一度実行してください。";
        };
    }

    /** When no check ran at all. */
    String noChecksRan(Step step) {
        return switch (language()) {
            case ENGLISH ->
                "No checks ran. Is " + step.module() + " built? Run ./workshop check " + step.name() + " again.";
            case JAPANESE ->
                "チェックが 1 つも実行されませんでした。" + step.module() + " はビルドされていますか？ ./workshop check " + step.name()
                        + " をもう一度実行してください。";
        };
    }

    /**
     * The step is done: try it, then the next step (or the end).
     *
     * @param openBonus the bonus task still open, if any
     */
    String stepDone(Step step, Optional<Task> openBonus, Optional<Step> next) {
        return switch (language()) {
            case ENGLISH ->
                "Step " + step.number() + " is done."
                        + openBonus
                                .map(bonus -> " The bonus task is still open, if you want more: "
                                        + chapters.section(step, bonus).target() + ".")
                                .orElse("")
                        + " Try it: ./workshop run " + step.name()
                        + next.map(n -> ". Then go on: ./workshop check " + n.name())
                                .orElse(". That was the last step: well done!");
            case JAPANESE ->
                "ステップ " + step.number() + " は完了です。"
                        + openBonus
                                .map(bonus ->
                                        "ボーナスタスクも残っています（挑戦するなら " + japanese(chapters.section(step, bonus)) + " を参照）。")
                                .orElse("")
                        + "./workshop run " + step.name() + " で動かしてみましょう。"
                        + next.map(n -> "次のステップは ./workshop check " + n.name() + " から始めます。")
                                .orElse("これが最後のステップでした。お疲れさまでした！");
        };
    }

    /** {@code check --task}: the task's checks all pass. */
    String taskDone(Step step, Task task) {
        return switch (language()) {
            case ENGLISH ->
                "Task " + task.number() + " is done. All of " + step.name() + ": ./workshop check " + step.name();
            case JAPANESE ->
                "タスク " + task.number() + " は完了です。" + step.name() + " 全体のチェック: ./workshop check " + step.name();
        };
    }

    /** {@code check --task}: some of the task's checks fail. */
    String nextInTask(Step step, Task task) {
        DocsLink link = chapters.section(step, task);
        return switch (language()) {
            case ENGLISH ->
                "Next: read " + link.target() + " (stuck? ./workshop hint " + step.name() + " " + task.id()
                        + "), then run ./workshop check " + step.name() + " --task " + task.number() + " again.";
            case JAPANESE ->
                "次: " + japanese(link) + " を読み（行き詰まったら ./workshop hint " + step.name() + " " + task.id()
                        + " を実行）、./workshop check " + step.name() + " --task " + task.number() + " をもう一度実行してください。";
        };
    }

    /** A link in a Japanese sentence: marked when it leads to the English chapter (not translated yet). */
    public static String japanese(DocsLink link) {
        return link.english() ? link.target() + " （英語版）" : link.target();
    }
}
