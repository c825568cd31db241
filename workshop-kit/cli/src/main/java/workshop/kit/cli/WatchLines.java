package workshop.kit.cli;

import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import workshop.kit.grader.Guidance;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;

/** What {@code ./workshop watch} says around its scorecards, in the learner's language. */
final class WatchLines {
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final Chapters chapters;

    WatchLines(Chapters chapters) {
        this.chapters = chapters;
    }

    private Language language() {
        return chapters.language();
    }

    /** While a step is graded. */
    String checking(Step step) {
        return switch (language()) {
            case ENGLISH -> "Checking " + step.name() + " ...";
            case JAPANESE -> step.name() + " をチェックしています ...";
        };
    }

    /** A step is done and watch moves on to the next: what to read, where to work. */
    String movedOn(Step done, Step next) {
        return switch (language()) {
            case ENGLISH ->
                done.name() + " is done, well done! Now " + next.name() + ": read "
                        + chapters.chapter(next).target() + ", then edit " + next.module() + "/src/main/java.";
            case JAPANESE ->
                done.name() + " は完了です。お見事！次は " + next.name() + " です。" + Guidance.japanese(chapters.chapter(next))
                        + " を読んでから、" + next.module() + "/src/main/java を編集してください。";
        };
    }

    /** After the compiler's errors. */
    String fixAndSave(Step step) {
        return switch (language()) {
            case ENGLISH ->
                " Fix it and save: watch checks again. ./workshop reset " + step.name()
                        + " puts the starter back (keeping a copy of your file).";
            case JAPANESE ->
                System.lineSeparator() + "直して保存すると、watch がもう一度チェックします。./workshop reset " + step.name()
                        + " でスターターに戻せます（あなたのファイルのコピーは残ります）。";
        };
    }

    /** The last line: how it went, how long it took, and what watch is waiting for. */
    String waiting(boolean graded, double seconds, LocalTime at, Path watched) {
        return switch (language()) {
            case ENGLISH ->
                String.format(
                        "%s in %.1f s at %s. Watching %s: save a file to check again. Ctrl-C stops.",
                        graded ? "Graded" : "Compiled with errors", seconds, at.format(CLOCK), watched);
            case JAPANESE ->
                String.format(
                        "%s（%.1f 秒、%s）。%s を監視しています。ファイルを保存するともう一度チェックします。Ctrl-C で終了します。",
                        graded ? "チェック完了" : "コンパイルエラー", seconds, at.format(CLOCK), watched);
        };
    }
}
