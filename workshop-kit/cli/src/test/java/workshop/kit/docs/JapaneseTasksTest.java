package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Hint;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * The step manifest's Japanese: every task has its Japanese title and anchor, every hint tier its
 * Japanese, saying the same code and numbers as the English and using the glossary's terms; and
 * once a step's Japanese chapter exists, it has each task's section where the English chapter has
 * it, under the anchor the tools link to.
 */
class JapaneseTasksTest {
    /** What a hint names exactly: code (dots, brackets, underscores, camelCase, CONSTANTS) and numbers. */
    private static final Pattern CODE_OR_NUMBER =
            Pattern.compile("[\\w.<>()\\[\\]#,]*(?:[.(<_#]|[a-z][A-Z]|\\b[A-Z]{2,}\\b|\\b\\d+\\b)[\\w.<>()\\[\\]#]*");

    private static final Pattern JAPANESE =
            Pattern.compile("[\\p{InHiragana}\\p{InKatakana}\\p{InCJK_Unified_Ideographs}]");

    private final Path root = DocsSnippets.repoRoot();
    private final Steps steps = Steps.load(root);

    @Test
    void everyTaskHasItsTitleAnchorAndEveryHintInJapanese() {
        List<String> missing = new ArrayList<>();
        for (Step step : steps.all()) {
            for (Task task : step.tasks()) {
                String where = step.name() + " " + task.id();
                if (task.titleJa() == null || task.titleJa().isBlank()) {
                    missing.add(where + ": no titleJa");
                }
                if (task.anchorJa() == null || task.anchorJa().isBlank()) {
                    missing.add(where + ": no anchorJa");
                }
                for (int i = 0; i < task.hints().size(); i++) {
                    Hint hint = task.hints().get(i);
                    if (hint.ja() == null) {
                        missing.add(where + ", hint " + (i + 1) + ": no ja");
                    } else if (!JAPANESE.matcher(hint.ja()).find()) {
                        missing.add(where + ", hint " + (i + 1) + ": its ja is not Japanese: " + hint.ja());
                    }
                }
            }
        }
        assertThat(missing)
                .withFailMessage("workshop-kit/steps.yaml lacks Japanese:%n%s", String.join("\n", missing))
                .isEmpty();
    }

    @Test
    void japaneseHintsNameTheSameCodeAndNumbersAsTheEnglishOnes() {
        List<String> problems = new ArrayList<>();
        for (Step step : steps.all()) {
            for (Task task : step.tasks()) {
                for (int i = 0; i < task.hints().size(); i++) {
                    Hint hint = task.hints().get(i);
                    if (hint.ja() == null) {
                        continue; // reported above
                    }
                    for (String code : codeAndNumbers(hint.en())) {
                        if (!hint.ja().contains(code)) {
                            problems.add(step.name() + " " + task.id() + ", hint " + (i + 1) + ": the English names "
                                    + code + ", the Japanese does not");
                        }
                    }
                }
            }
        }
        assertThat(problems)
                .withFailMessage(
                        "Japanese hints that leave out what the English ones name:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void theHintsCodeIsFoundWordForWord() {
        assertThat(codeAndNumbers(
                        "cache.get(cacheName, key).join() gives a GetResponse: test it with instanceof GetResponse.Hit,"
                                + " CACHE_TTL, 1800 seconds, AccountTable's writes (409, 404) and the SDK's Optional."))
                .containsExactly(
                        "cache.get(cacheName",
                        "key).join()",
                        "GetResponse",
                        "GetResponse.Hit",
                        "CACHE_TTL",
                        "1800",
                        "AccountTable",
                        "409",
                        "404",
                        "SDK");
    }

    @Test
    void japaneseHintsUseTheGlossarysTerms() {
        Glossary glossary = Glossary.read(root);
        List<String> problems = new ArrayList<>();
        for (Step step : steps.all()) {
            for (Task task : step.tasks()) {
                List<String> texts = new ArrayList<>();
                texts.add(task.titleJa() == null ? "" : task.titleJa());
                task.hints().stream().map(Hint::ja).filter(ja -> ja != null).forEach(texts::add);
                texts.forEach(text -> glossary.misuses(text)
                        .forEach(misuse -> problems.add(step.name() + " " + task.id() + ": " + misuse.explained())));
            }
        }
        assertThat(problems)
                .withFailMessage(
                        "workshop-kit/steps.yaml writes terms the glossary writes otherwise:%n%s",
                        String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void anchorJaIsWhatGitHubMakesOfTheJapaneseHeading() {
        List<String> problems = new ArrayList<>();
        for (Step step : steps.all()) {
            for (Task task : step.tasks()) {
                String heading = japaneseHeading(task);
                String anchor = Markdown.parse(heading + "\n").headings().get(0).anchor();
                if (!anchor.equals(task.anchorJa())) {
                    problems.add(step.name() + " " + task.id() + ": the heading \"" + heading + "\" has the anchor "
                            + anchor + ", anchorJa says " + task.anchorJa());
                }
            }
        }
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    @Test
    void aJapaneseChapterHasEveryTasksSectionWhereTheEnglishOneHasIt() {
        List<String> problems = sectionProblems(root, steps);
        assertThat(problems)
                .withFailMessage(
                        "Japanese chapters without the sections the tools link to:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void aJapaneseChapterWithoutATasksHeadingFailsNamingTheFile(@TempDir Path repo) throws IOException {
        Task task = new Task(
                1,
                "Look up a membership",
                "メンバーシップを調べる",
                "task-1-look-up-a-membership",
                "タスク-1-メンバーシップを調べる",
                false,
                List.of("A"),
                List.of());
        Steps oneStep = new Steps(
                List.of(new Step("step-1", "step-1-x", "T", "docs/01-step.md", null, List.of(task), List.of())));
        Files.createDirectories(repo.resolve("docs/ja"));
        Files.writeString(repo.resolve("docs/01-step.md"), "# Step 1\n\n## Task 1: look up a membership\n");
        assertThat(sectionProblems(repo, oneStep))
                .as("no Japanese chapter yet: nothing to check")
                .isEmpty();

        Files.writeString(repo.resolve("docs/ja/01-step.md"), "# ステップ 1\n\n## タスク 1: メンバーシップを検索する\n");
        assertThat(sectionProblems(repo, oneStep))
                .singleElement()
                .asString()
                .isEqualTo(
                        "docs/ja/01-step.md has no heading with the anchor #タスク-1-メンバーシップを調べる, which the tools link to for step-1 task-1"
                                + " (anchorJa in workshop-kit/steps.yaml): write the heading \"## タスク 1: メンバーシップを調べる\","
                                + " where docs/01-step.md has \"## Task 1: look up a membership\".");

        Files.writeString(repo.resolve("docs/ja/01-step.md"), "# ステップ 1\n\n## タスク 1: メンバーシップを調べる\n");
        assertThat(sectionProblems(repo, oneStep)).isEmpty();
    }

    /**
     * For each step whose Japanese chapter exists: the heading the tools link to (anchorJa) is there,
     * in the place of the English chapter's task heading.
     */
    static List<String> sectionProblems(Path root, Steps steps) {
        List<String> problems = new ArrayList<>();
        for (Step step : steps.all()) {
            Path japanese = Path.of(Chapters.japanese(step.chapter()));
            if (!Files.isRegularFile(root.resolve(japanese))) {
                continue; // not translated yet: the tools link to the English chapter
            }
            Editions editions = Editions.of(root, japanese);
            List<Markdown.HeadingLine> englishHeadings = editions.englishPage().headings();
            for (Task task : step.tasks()) {
                String englishHeading = englishHeadings.stream()
                        .filter(h -> h.anchor().equals(task.anchor()))
                        .map(Markdown.HeadingLine::written)
                        .findFirst()
                        .orElse("#" + task.anchor());
                boolean there = editions.japanesePage().headings().stream()
                        .anyMatch(h -> h.anchor().equals(task.anchorJa()));
                String mapped = editions.anchors().get(task.anchor());
                if (!there) {
                    problems.add(japanese + " has no heading with the anchor #" + task.anchorJa()
                            + ", which the tools link to for " + step.name() + " "
                            + task.id() + " (anchorJa in workshop-kit/steps.yaml): write the heading \""
                            + japaneseHeading(task) + "\", where "
                            + step.chapter() + " has \"" + englishHeading + "\".");
                } else if (mapped != null && !mapped.equals(task.anchorJa())) {
                    problems.add(japanese + " has the heading #" + task.anchorJa() + " (" + step.name() + " "
                            + task.id() + "), but not where " + step.chapter() + " has \"" + englishHeading
                            + "\": there it has #" + mapped + ".");
                }
            }
        }
        return problems;
    }

    /** The heading a task's section has in Japanese: "## タスク 1: <titleJa>", or "## ボーナス: <titleJa>". */
    private static String japaneseHeading(Task task) {
        return "## " + (task.bonus() ? "ボーナス" : "タスク " + task.number()) + ": " + task.titleJa();
    }

    /** The code and numbers of an English hint: words with dots, brackets or underscores, camelCase, CONSTANTS, numbers. */
    private static List<String> codeAndNumbers(String english) {
        List<String> found = new ArrayList<>();
        for (String word : english.split("\\s+")) {
            String trimmed = word.replaceAll("'s$|'s([.,;:)])$", "$1")
                    .replaceAll("^[(\"']+", "")
                    .replaceAll("[.,;:\"']+$", "");
            while (trimmed.endsWith(")")
                    && !trimmed.endsWith("()")
                    && trimmed.chars().filter(c -> c == ')').count()
                            > trimmed.chars().filter(c -> c == '(').count()) {
                trimmed = trimmed.substring(0, trimmed.length() - 1)
                        .replaceAll("[.,;:]+$", ""); // the closing bracket of the sentence's aside
            }
            Matcher code = CODE_OR_NUMBER.matcher(trimmed);
            if (!trimmed.isEmpty() && code.matches()) {
                found.add(trimmed);
            }
        }
        return found;
    }
}
