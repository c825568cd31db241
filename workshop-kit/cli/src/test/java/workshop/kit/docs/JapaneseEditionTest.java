package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.maintain.DocsSnippets;

/**
 * The Japanese edition ({@code docs/ja/}) in step with the English pages. For every page
 * {@code docs/ja/X.md} that exists, beside {@code docs/X.md} (or README.md for docs/ja/README.md):
 * the same headings, at the same levels and in the same order (which maps every English anchor to
 * its Japanese one); the same code blocks, byte for byte, in the same order; every command of the
 * English page (which DocsClaimsTest parses as the CLI does); links that lead to the
 * Japanese edition where there is one; the glossary's terms and never their forbidden variants;
 * and no English section changed since the Japanese page was translated from it (see
 * {@link TranslationRecord}). A page not translated yet is simply not there: the links of the tools
 * lead to the English chapter until it is.
 */
class JapaneseEditionTest {
    private final Path root = DocsSnippets.repoRoot();
    private final List<Path> pages = TranslationRecord.japanesePages(root);

    @Test
    void theJapaneseReadmeAndTheEnglishOneLinkEachOther() {
        assertThat(pages).as("pages of the Japanese edition").contains(Path.of("docs/ja/README.md"));
        assertThat(Markdown.read(root.resolve("README.md")).links())
                .extracting(Markdown.Located::text)
                .as("README.md links the Japanese README")
                .contains("docs/ja/README.md");
        assertThat(Markdown.read(root.resolve("docs/ja/README.md")).links())
                .extracting(Markdown.Located::text)
                .as("docs/ja/README.md links the English README")
                .contains("../../README.md");
    }

    @Test
    void everyPageHasItsEnglishPagesHeadings() {
        List<String> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(Editions.of(root, page).headingProblems()));
        assertThat(problems)
                .withFailMessage(
                        "Japanese pages whose headings are not their English page's:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void everyPageShowsItsEnglishPagesCodeBlocksByteForByte() {
        List<String> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(Editions.of(root, page).codeBlockProblems()));
        assertThat(problems)
                .withFailMessage("Code blocks that differ between the editions:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    @Test
    void everyPageHasItsEnglishPagesCommands() {
        List<String> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(Editions.of(root, page).commandProblems()));
        assertThat(problems)
                .withFailMessage(
                        "Commands of the English pages the Japanese ones leave out:%n%s", String.join("\n", problems))
                .isEmpty();
        // That each parses as the CLI parses it, DocsClaimsTest proves for docs/ja/ as for the rest.
    }

    @Test
    void linksLeadToTheJapaneseEditionWhereThereIsOne() {
        List<String> problems = new ArrayList<>();
        pages.forEach(page -> problems.addAll(Editions.of(root, page).linkProblems(root)));
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
        // That every link of every page resolves, anchors included, DocsReferencesTest proves for docs/ja/ as for the
        // rest.
    }

    @Test
    void anEnglishChangeWithoutItsJapaneseCounterpartFails() {
        List<TranslationRecord.Change> changes = TranslationRecord.changes(root);
        assertThat(changes)
                .withFailMessage(
                        "The Japanese edition is behind the English pages:%n%s",
                        changes.stream().map(TranslationRecord.Change::problem).collect(Collectors.joining("\n")))
                .isEmpty();
    }

    @Test
    void theGlossaryIsATermListATestCanRead() {
        Glossary glossary = Glossary.read(root);
        assertThat(glossary.terms()).hasSizeGreaterThanOrEqualTo(30);
        Set<String> allowed = new HashSet<>();
        for (Glossary.Term term : glossary.terms()) {
            assertThat(term.english())
                    .as("line %d: the English term", term.line())
                    .isNotBlank();
            assertThat(term.japanese())
                    .as("line %d: the Japanese term, in backticks", term.line())
                    .isNotEmpty();
            allowed.addAll(term.japanese());
        }
        for (Glossary.Term term : glossary.terms()) {
            assertThat(term.forbidden())
                    .as("line %d: a forbidden variant the glossary also allows", term.line())
                    .doesNotContainAnyElementsOf(allowed);
        }
        assertThat(allowed)
                .contains(
                        "キャッシュ", "TTL", "ヒット率", "リードアサイド", "ライトアサイド", "古いデータ", "キャッシュミス", "失効", "書き込み", "読み取り", "ステップ",
                        "タスク", "チェック", "スコアカード", "ヒント");
    }

    @Test
    void theJapanesePagesUseTheGlossarysTerms() throws IOException {
        Glossary glossary = Glossary.read(root);
        List<String> problems = new ArrayList<>();
        List<Path> checked = new ArrayList<>(pages);
        try (var all = Files.walk(root.resolve("docs/ja"))) {
            all.filter(path -> path.toString().endsWith(".md"))
                    .map(root::relativize)
                    .filter(path -> !path.equals(Glossary.FILE) && !checked.contains(path))
                    .forEach(checked::add);
        }
        for (Path page : checked) {
            for (Markdown.Located text : Markdown.read(root.resolve(page)).prose()) {
                glossary.misuses(text.text())
                        .forEach(misuse -> problems.add(page + ":" + text.line() + ": " + misuse.explained()));
            }
        }
        assertThat(problems)
                .withFailMessage("Terms the glossary writes otherwise:%n%s", String.join("\n", problems))
                .isEmpty();
    }

    // The machinery on small pages, so each kind of difference is known to fail, with a message that says where.

    @Test
    void aChangeToAnEnglishSectionNamesBothPagesAndTheSection(@TempDir Path repo) throws IOException {
        write(
                repo,
                "README.md",
                "# Workshop\n\nIntro.\n\n## The loop\n\nRead, edit, check.\n\n## Layout\n\nFolders.\n");
        write(repo, "docs/ja/README.md", "# ワークショップ\n\n紹介。\n\n## 流れ\n\n読む、直す、チェック。\n\n## 構成\n\nフォルダー。\n");
        TranslationRecord.record(repo, List.of(Path.of("docs/ja/README.md")));
        assertThat(TranslationRecord.changes(repo)).isEmpty();

        write(
                repo,
                "README.md",
                "# Workshop\n\nIntro.\n\n## The loop\n\nRead, edit, check, and watch.\n\n## Layout\n\nFolders.\n");
        assertThat(TranslationRecord.changes(repo))
                .singleElement()
                .extracting(TranslationRecord.Change::problem)
                .asString()
                .contains(
                        "README.md changed in section 2, \"## The loop\" (line 5) since docs/ja/README.md was translated from it")
                .contains("(in Japanese: section 2, \"## 流れ\", line 5)")
                .contains(TranslationRecord.RECORD_COMMAND + " docs/ja/README.md");

        write(
                repo,
                "README.md",
                "# Workshop\n\nIntro.\n\n## The loop\n\nRead, edit, check.\n\n## Layout\n\nFolders.\n\n## Licence\n\nApache.\n");
        assertThat(TranslationRecord.changes(repo))
                .singleElement()
                .extracting(TranslationRecord.Change::problem)
                .asString()
                .contains(
                        "README.md has section 4, \"## Licence\" (line 13), which docs/ja/README.md does not translate yet");
    }

    @Test
    void aChangeOfCodeAloneIsNoTranslationToRedo(@TempDir Path repo) throws IOException {
        write(repo, "README.md", "# Workshop\n\nRun it:\n\n```java\nint a = 1;\n```\n");
        write(repo, "docs/ja/README.md", "# ワークショップ\n\n実行します:\n\n```java\nint a = 1;\n```\n");
        TranslationRecord.record(repo, List.of(Path.of("docs/ja/README.md")));

        // A reformatted snippet: ./workshop sync rewrites the code blocks of both editions, and the
        // code blocks are compared byte for byte elsewhere; the translation itself still holds.
        write(repo, "README.md", "# Workshop\n\nRun it:\n\n```java\nint a =    1;\n```\n");
        assertThat(TranslationRecord.changes(repo)).isEmpty();

        write(repo, "README.md", "# Workshop\n\nRun it twice:\n\n```java\nint a =    1;\n```\n");
        assertThat(TranslationRecord.changes(repo))
                .singleElement()
                .extracting(TranslationRecord.Change::problem)
                .asString()
                .contains("README.md changed in section 1, \"# Workshop\"");
    }

    @Test
    void aPageNeverRecordedSaysHowToRecordIt(@TempDir Path repo) throws IOException {
        write(repo, "docs/02-step.md", "# Step 2\n");
        write(repo, "docs/ja/02-step.md", "# ステップ 2\n");
        write(repo, "docs/ja/glossary.md", "# 用語集\n");
        assertThat(TranslationRecord.japanesePages(repo)).containsExactly(Path.of("docs/ja/02-step.md"));
        assertThat(TranslationRecord.changes(repo))
                .singleElement()
                .extracting(TranslationRecord.Change::problem)
                .asString()
                .contains("docs/ja/02-step.md has no record of the text of docs/02-step.md");
    }

    @Test
    void headingsAndCodeBlocksOutOfStepNameBothPagesAndTheSection() {
        Markdown english = Markdown.parse(
                "# Step\n\n## Task 1\n\n```bash\n./workshop check step-1\n```\n\n### Why\n\n## Task 2\n");
        Markdown japanese =
                Markdown.parse("# ステップ\n\n## タスク 1\n\n```bash\n./workshop check step-2\n```\n\n## なぜ\n\n## タスク 2\n");
        Editions editions = new Editions(Path.of("docs/01.md"), english, Path.of("docs/ja/01.md"), japanese);
        assertThat(editions.headingProblems())
                .singleElement()
                .asString()
                .contains(
                        "heading 3 differs: docs/01.md:9 \"### Why\" is level 3, docs/ja/01.md:9 \"## なぜ\" is level 2");
        assertThat(editions.codeBlockProblems())
                .singleElement()
                .asString()
                .contains("code block 1 differs: docs/01.md:6 (in \"## Task 1\") and docs/ja/01.md:6 (in \"## タスク 1\")")
                .contains("./workshop check step-2");
        assertThat(editions.anchors()).isEmpty();
        assertThat(editions.commandProblems())
                .singleElement()
                .asString()
                .isEqualTo(
                        "docs/01.md:6 (in \"## Task 1\") has the command `./workshop check step-1`; docs/ja/01.md does not."
                                + " Write it the same way in the Japanese section.");

        Markdown missing = Markdown.parse("# ステップ\n\n## タスク 1\n");
        assertThat(new Editions(Path.of("docs/01.md"), english, Path.of("docs/ja/01.md"), missing).headingProblems())
                .singleElement()
                .asString()
                .contains("docs/01.md:9 has the heading \"### Why\" (heading 3); docs/ja/01.md ends before it");
    }

    @Test
    void anchorsMapHeadingByHeadingAsGitHubMakesThem() {
        Markdown english = Markdown.parse("# 1. Step 1\n\n## Task 1: look up a membership\n\n## Curious behaviour\n");
        Markdown japanese = Markdown.parse("# 1. ステップ 1\n\n## タスク 1: メンバーシップを調べる\n\n## 気になる挙動\n");
        assertThat(new Editions(Path.of("docs/01.md"), english, Path.of("docs/ja/01.md"), japanese).anchors())
                .containsExactly(
                        java.util.Map.entry("1-step-1", "1-ステップ-1"),
                        java.util.Map.entry("task-1-look-up-a-membership", "タスク-1-メンバーシップを調べる"),
                        java.util.Map.entry("curious-behaviour", "気になる挙動"));
    }

    @Test
    void aLinkToAnEnglishPageWithAJapaneseEditionAsksForTheJapaneseOne(@TempDir Path repo) throws IOException {
        write(repo, "README.md", "# Workshop\n\nSee [step 1](docs/01-step.md#task-1-look-up).\n");
        write(repo, "docs/01-step.md", "# Step 1\n\n## Task 1: look up\n");
        write(repo, "docs/ja/01-step.md", "# ステップ 1\n\n## タスク 1: 調べる\n");
        write(
                repo,
                "docs/ja/README.md",
                "# ワークショップ\n\n[English](../../README.md)。[ステップ 1](../01-step.md#task-1-look-up) を参照。\n");
        assertThat(Editions.of(repo, Path.of("docs/ja/README.md")).linkProblems(repo))
                .singleElement()
                .asString()
                .isEqualTo(
                        "docs/ja/README.md:3 links ../01-step.md#task-1-look-up, which has a Japanese edition: link 01-step.md#タスク-1-調べる instead.");
    }

    @Test
    void theRecordersHeadingsAreCommonmarksOnEveryPage() throws IOException {
        List<String> differences = new ArrayList<>();
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            List<Integer> commonmark = Markdown.read(doc).headings().stream()
                    .map(Markdown.HeadingLine::line)
                    .toList();
            List<Integer> recorder = TranslationRecord.sections(Files.readString(doc)).stream()
                    .filter(section -> section.number() > 0)
                    .map(TranslationRecord.Section::line)
                    .toList();
            if (!commonmark.equals(recorder)) {
                differences.add(root.relativize(doc) + ": commonmark finds headings on lines " + commonmark
                        + ", TranslationRecord on " + recorder);
            }
        }
        assertThat(differences)
                .withFailMessage("%s", String.join("\n", differences))
                .isEmpty();
    }

    @Test
    void aForbiddenVariantIsFoundButNotInsideTheFormTheGlossaryAllows() {
        Glossary glossary = Glossary.parse(String.join(
                "\n",
                "<!-- terms -->",
                "| English | 日本語 | 使わない表記 | 根拠・補足 |",
                "|---|---|---|---|",
                "| latency | `レイテンシー` | `レイテンシ` | AWS |",
                "| cache miss | `キャッシュミス` | `キャッシュ・ミス`、`ミスヒット` | AWS |",
                ""));
        assertThat(glossary.misuses("レイテンシーを測る")).isEmpty();
        assertThat(glossary.misuses("レイテンシを測る"))
                .extracting(Glossary.Misuse::found)
                .containsExactly("レイテンシ");
        assertThat(glossary.misuses("キャッシュミスヒットとキャッシュ・ミス"))
                .extracting(Glossary.Misuse::found)
                .containsExactlyInAnyOrder("ミスヒット", "キャッシュ・ミス");
        assertThat(glossary.misuses("レイテンシを測る").get(0).explained())
                .isEqualTo("「レイテンシ」: the glossary writes latency as レイテンシー (docs/ja/glossary.md:4)");
    }

    private static void write(Path repo, String file, String text) throws IOException {
        Files.createDirectories(repo.resolve(file).getParent());
        Files.writeString(repo.resolve(file), text);
        if (!Files.exists(repo.resolve("mvnw"))) {
            Files.writeString(repo.resolve("mvnw"), "");
        }
    }
}
