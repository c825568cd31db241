package workshop.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ChaptersTest {
    private final Task task = new Task(
            1,
            "Look up a membership",
            "メンバーシップを調べる",
            "task-1-look-up-a-membership",
            "タスク-1-メンバーシップを調べる",
            false,
            List.of("A"),
            List.of());
    private final Task untranslated = new Task(2, "Second", "task-2-second", false, List.of("B"), List.of());
    private final Step step = new Step(
            "step-1", "step-1-x", "The first", "docs/01-step-1-x.md", null, List.of(task, untranslated), List.of());

    @Test
    void englishLinksAreTheManifests() {
        assertThat(Chapters.english().section(step, task))
                .isEqualTo(new DocsLink("docs/01-step-1-x.md#task-1-look-up-a-membership", false));
        assertThat(Chapters.english().chapter(step)).isEqualTo(new DocsLink("docs/01-step-1-x.md", false));
    }

    @Test
    void japaneseLinksGoToTheJapaneseChapterOnceItExists() {
        Chapters translated = new Chapters(Language.JAPANESE, Set.of("docs/ja/01-step-1-x.md")::contains);
        assertThat(translated.chapter(step)).isEqualTo(new DocsLink("docs/ja/01-step-1-x.md", false));
        assertThat(translated.section(step, task))
                .isEqualTo(new DocsLink("docs/ja/01-step-1-x.md#タスク-1-メンバーシップを調べる", false));
        assertThat(translated.section(step, untranslated))
                .as("a task without anchorJa: the English section, marked as English")
                .isEqualTo(new DocsLink("docs/01-step-1-x.md#task-2-second", true));
    }

    @Test
    void untilThenTheyGoToTheEnglishChapterMarkedAsEnglish() {
        Chapters notYet = new Chapters(Language.JAPANESE, path -> false);
        assertThat(notYet.chapter(step)).isEqualTo(new DocsLink("docs/01-step-1-x.md", true));
        assertThat(notYet.section(step, task))
                .isEqualTo(new DocsLink("docs/01-step-1-x.md#task-1-look-up-a-membership", true));
    }

    @Test
    void theJapaneseEditionOfAPageHasTheSameNameUnderDocsJa() {
        assertThat(Chapters.japanese("docs/02-step-2-read-aside.md")).isEqualTo("docs/ja/02-step-2-read-aside.md");
        assertThat(Chapters.japanese("docs/solved/step-1.md")).isEqualTo("docs/ja/solved/step-1.md");
        assertThatThrownBy(() -> Chapters.japanese("README.md")).isInstanceOf(IllegalArgumentException.class);
    }
}
