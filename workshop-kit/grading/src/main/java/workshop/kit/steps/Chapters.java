package workshop.kit.steps;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Predicate;

/**
 * Where a learner reads about a step or a task, in their language. In English: the step's chapter
 * and the task's anchor, as the manifest says. In Japanese: the chapter of the same name under
 * {@code docs/ja/} and the task's {@code anchorJa}; until that chapter has been translated, the
 * English chapter, marked as such, so a link never points to a page that is not there.
 */
public final class Chapters {
    private static final String DOCS = "docs/";
    private static final String JAPANESE_DOCS = "docs/ja/";

    private final Language language;
    private final Predicate<String> exists;

    /** @param root the repository root, where the Japanese chapters are looked for */
    public Chapters(Path root, Language language) {
        this(language, path -> Files.isRegularFile(root.resolve(path)));
    }

    /** @param exists whether a path (relative to the repository root) is a file */
    public Chapters(Language language, Predicate<String> exists) {
        this.language = language;
        this.exists = exists;
    }

    /** The English chapters, as the manifest names them. */
    public static Chapters english() {
        return new Chapters(Language.ENGLISH, path -> true);
    }

    public Language language() {
        return language;
    }

    /** The Japanese edition of a page under docs/: docs/02-x.md is docs/ja/02-x.md. */
    public static String japanese(String page) {
        if (!page.startsWith(DOCS) || page.startsWith(JAPANESE_DOCS)) {
            throw new IllegalArgumentException("not an English page under docs/: " + page);
        }
        return JAPANESE_DOCS + page.substring(DOCS.length());
    }

    /** The step's chapter. */
    public DocsLink chapter(Step step) {
        if (language == Language.JAPANESE) {
            String japanese = japanese(step.chapter());
            if (exists.test(japanese)) {
                return new DocsLink(japanese, false);
            }
            return new DocsLink(step.chapter(), true);
        }
        return new DocsLink(step.chapter(), false);
    }

    /** The task's section of the step's chapter. */
    public DocsLink section(Step step, Task task) {
        DocsLink chapter = chapter(step);
        if (language == Language.JAPANESE && !chapter.english()) {
            // A translated chapter whose task has no anchorJa yet: the English section (a docs test says what is
            // missing).
            return task.anchorJa() != null
                    ? new DocsLink(chapter.target() + "#" + task.anchorJa(), false)
                    : new DocsLink(step.docsOf(task), true);
        }
        return new DocsLink(step.docsOf(task), chapter.english());
    }
}
