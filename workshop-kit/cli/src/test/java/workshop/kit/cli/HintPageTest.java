package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import org.junit.jupiter.api.Test;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/** What {@code ./workshop hint} prints, in English and in Japanese, from the real manifest. */
class HintPageTest {
    private final Steps steps = Steps.load(Steps.repositoryRoot());
    private final Step step2 = steps.named("step-2");
    private final Task ttlTask = step2.task(2).orElseThrow();

    @Test
    void englishHintsAsBefore() {
        String page = show(1, Chapters.english());
        assertThat(page)
                .startsWith(
                        "step-2, Task 2: Keep entries for 60 seconds\n\nHint 1 of 3:\n  An entry lives as long as the TTL");
        assertThat(page).endsWith("Still stuck? Run ./workshop hint step-2 task-2 again for hint 2 of 3.\n");
    }

    @Test
    void japaneseHintsWithAJapaneseFrame() {
        String page = show(2, new Chapters(Language.JAPANESE, path -> false));
        assertThat(page)
                .startsWith("step-2、タスク 2: キャッシュアイテムを 60 秒間保持する\n\nヒント 1/3（表示済み）:\n  キャッシュアイテムは、保存したときの TTL")
                .contains("\nヒント 2/3:\n  クラスにはすでに CACHE_TTL があります。")
                .endsWith("まだ行き詰まっていたら、もう一度 ./workshop hint step-2 task-2 を実行するとヒント 3/3 が出ます。\n");
    }

    @Test
    void theLastJapaneseHintLinksTheJapaneseSectionOrSaysItIsEnglish() {
        assertThat(show(3, new Chapters(Language.JAPANESE, path -> false)))
                .contains(
                        "これが最後のヒントです。章の該当セクション: docs/02-step-2-read-aside.md#task-2-keep-entries-for-60-seconds （英語版）\n"
                                + "ステップのチェックがすべて通ったら、模範解答と見比べてみましょう: ./workshop solution step-2\n");
        assertThat(show(3, new Chapters(Language.JAPANESE, Set.of("docs/ja/02-step-2-read-aside.md")::contains)))
                .contains("章の該当セクション: docs/ja/02-step-2-read-aside.md#タスク-2-キャッシュアイテムを-60-秒間保持する\n");
    }

    private String show(int tier, Chapters chapters) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        HintCommand.show(step2, ttlTask, tier, chapters, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
