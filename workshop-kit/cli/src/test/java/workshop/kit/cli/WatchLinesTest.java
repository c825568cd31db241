package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Steps;

/** What watch says around its scorecards; the file watching itself is proven by the learner's WatchTest. */
class WatchLinesTest {
    private final Steps steps = Steps.load(Steps.repositoryRoot());

    @Test
    void movingOnPointsToTheNextChapterInTheLearnersLanguage() {
        WatchLines english = new WatchLines(Chapters.english());
        assertThat(english.movedOn(steps.named("step-1"), steps.named("step-2")))
                .isEqualTo(
                        "step-1 is done, well done! Now step-2: read docs/02-step-2-read-aside.md, then edit step-2-read-aside/src/main/java.");
        WatchLines japanese =
                new WatchLines(new Chapters(Language.JAPANESE, path -> path.equals("docs/ja/02-step-2-read-aside.md")));
        assertThat(japanese.movedOn(steps.named("step-1"), steps.named("step-2")))
                .isEqualTo("step-1 は完了です。お見事！次は step-2 です。docs/ja/02-step-2-read-aside.md を読んでから、"
                        + "step-2-read-aside/src/main/java を編集してください。");
        assertThat(new WatchLines(new Chapters(Language.JAPANESE, path -> false))
                        .movedOn(steps.named("step-2"), steps.named("step-3")))
                .contains("docs/03-step-3-write-aside.md （英語版） を読んでから");
    }

    @Test
    void theWaitingLineSaysHowItWentAndWhatWatchWaitsFor() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.ROOT);
        try {
            Path watched = Path.of("step-1-no-cache/src/main/java");
            assertThat(new WatchLines(Chapters.english()).waiting(true, 1.84, LocalTime.of(9, 5, 7), watched))
                    .isEqualTo(
                            "Graded in 1.8 s at 09:05:07. Watching step-1-no-cache/src/main/java: save a file to check again. Ctrl-C stops.");
            assertThat(new WatchLines(new Chapters(Language.JAPANESE, path -> false))
                            .waiting(false, 1.84, LocalTime.of(9, 5, 7), watched))
                    .isEqualTo("コンパイルエラー（1.8 秒、09:05:07）。step-1-no-cache/src/main/java を監視しています。"
                            + "ファイルを保存するともう一度チェックします。Ctrl-C で終了します。");
        } finally {
            Locale.setDefault(before);
        }
    }
}
