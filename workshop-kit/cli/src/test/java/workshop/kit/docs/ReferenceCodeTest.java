package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.kit.code.PristineStarters;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The chapters teach; they never hand out the answer. The reference code of the graded tasks is
 * shown only on the pages under {@code docs/solved/}, one per step, which a learner reads after
 * their step is green (and on their Japanese edition under {@code docs/ja/solved/}): no chapter
 * (every other page of docs/, and README.md) shows a line of it, in a code block or a code span,
 * and no chapter includes a region of {@code solutions/}.
 */
class ReferenceCodeTest {
    private static final Path SOLVED = Path.of("docs", "solved");
    /** The Japanese edition of the solved pages: the same code blocks, byte for byte (JapaneseEditionTest). */
    private static final Path SOLVED_JA = Path.of("docs", "ja", "solved");

    private final Path root = DocsSnippets.repoRoot();
    private final Steps manifest = Steps.load(root);

    @Test
    void noChapterShowsALineOfReferenceCode() {
        PristineStarters starters = PristineStarters.of(root);
        List<AnswerLines.AnswerLine> answers = new ArrayList<>();
        for (Step step : manifest.all()) {
            List<AnswerLines.AnswerLine> ofStep = AnswerLines.of(root, starters, step);
            assertThat(ofStep)
                    .as("answer lines of %s (solutions/%s against its starter)", step.name(), step.module())
                    .isNotEmpty();
            answers.addAll(ofStep);
        }
        List<String> shown = new ArrayList<>();
        for (Path chapter : chapters()) {
            shown.addAll(AnswerLines.shownIn(root, Markdown.read(chapter), answers));
        }
        assertThat(shown)
                .withFailMessage(
                        "Chapters showing reference code of a graded task (move it to %s/<step>.md):%n%s",
                        SOLVED.toString().replace('\\', '/'), String.join("\n", shown))
                .isEmpty();
    }

    @Test
    void noChapterIncludesARegionOfTheSolutions() {
        DocsSnippets.Sources sources = new DocsSnippets.Sources(root, PristineStarters.of(root)::content);
        List<String> included = new ArrayList<>();
        for (Path chapter : chapters()) {
            for (DocsSnippets.Include include : DocsSnippets.includes(sources, chapter)) {
                if (Path.of(include.source()).normalize().startsWith("solutions")) {
                    included.add(root.relativize(chapter) + ":" + include.line() + " includes " + include.source() + "#"
                            + include.region());
                }
            }
        }
        assertThat(included)
                .withFailMessage(
                        "Chapters including reference code (it belongs in %s/<step>.md):%n%s",
                        SOLVED.toString().replace('\\', '/'), String.join("\n", included))
                .isEmpty();
    }

    @Test
    void everyStepHasASolvedPageThatItsChapterLinksTo() {
        DocsSnippets.Sources sources = new DocsSnippets.Sources(root, PristineStarters.of(root)::content);
        for (Step step : manifest.all()) {
            Path solved = root.resolve(SOLVED).resolve(step.name() + ".md");
            assertThat(solved).as("the solved page of %s", step.name()).isRegularFile();
            assertThat(DocsSnippets.includes(sources, solved))
                    .as("%s includes the reference solution of %s", root.relativize(solved), step.name())
                    .anyMatch(include -> Path.of(include.source()).startsWith(Path.of("solutions", step.module())));
            Path chapter = root.resolve(step.chapter());
            assertThat(Markdown.read(chapter).links())
                    .as("%s links to its solved page", step.chapter())
                    .anyMatch(link -> chapter.getParent()
                            .resolve(link.text().replaceAll("#.*", ""))
                            .normalize()
                            .equals(solved));
        }
    }

    /** The check itself: a reference line is found in a code block and in a code span, with where it is. */
    @Test
    void aReferenceLineInACodeBlockOrCodeSpanIsFound() {
        List<AnswerLines.AnswerLine> answers = List.of(
                new AnswerLines.AnswerLine(
                        "return table.getMembership(organization, username);",
                        Path.of("solutions/step-1/A.java"),
                        "step-1"),
                new AnswerLines.AnswerLine(
                        "writeToCache(CacheKeys.user(username), Optional.of(updated));",
                        Path.of("solutions/step-3/A.java"),
                        "step-3"));
        Markdown page = Markdown.parse(String.join(
                "\n",
                "# A chapter",
                "",
                "Call `table.getMembership` and `return table.getMembership(organization,  username);` here.",
                "",
                "```java",
                "User updated = table.updateUserNames(username, change);",
                "    writeToCache(CacheKeys.user(username), Optional.of(updated));",
                "```",
                ""));
        assertThat(AnswerLines.shownIn(Path.of(""), page, answers))
                .containsExactly(
                        "example.md:3 shows reference code of step-1 (solutions/step-1/A.java): return table.getMembership(organization, username);",
                        "example.md:7 shows reference code of step-3 (solutions/step-3/A.java): writeToCache(CacheKeys.user(username), Optional.of(updated));");
    }

    @Test
    void linesEveryClassHasAreNotAnswers() {
        assertThat(AnswerLines.couldBeAnswer("return table.getMembership(organization, username);"))
                .isTrue();
        assertThat(AnswerLines.couldBeAnswer("static final Duration CACHE_TTL = Duration.ofSeconds(1800);"))
                .isTrue();
        for (String everyday : List.of(
                "",
                "}",
                "});",
                "@Override",
                "return x;",
                "} else {",
                "import java.util.Optional;",
                "package workshop.step3;",
                "// DynamoDB first, then the cache",
                "/** The write path overwrites. */",
                "* what DynamoDB just accepted is the newest state",
                "))));;;;;;;;;;")) {
            assertThat(AnswerLines.couldBeAnswer(AnswerLines.normalized(everyday)))
                    .as("'%s' could be an answer", everyday)
                    .isFalse();
        }
    }

    /** The pages that teach: docs/ (but for docs/solved/ and docs/ja/solved/) and the README. */
    private List<Path> chapters() {
        List<Path> chapters = DocsSnippets.markdownFiles(root).stream()
                .filter(page -> !page.startsWith(root.resolve(SOLVED)) && !page.startsWith(root.resolve(SOLVED_JA)))
                .toList();
        assertThat(chapters).as("chapters").isNotEmpty().allMatch(Files::isRegularFile);
        return chapters;
    }
}
