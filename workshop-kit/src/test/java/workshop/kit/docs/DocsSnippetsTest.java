package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Every code fence in the docs that names a source region shows that region exactly, so the docs
 * cannot drift from the code. Re-sync with
 * {@code java workshop-kit/src/test/java/workshop/kit/docs/DocsSnippets.java --write}.
 */
class DocsSnippetsTest {
  private final Path root = DocsSnippets.repoRoot();

  @Test
  void everyIncludedSnippetEqualsItsRegion() {
    List<String> problems = new ArrayList<>();
    int count = 0;
    for (Path doc : DocsSnippets.markdownFiles(root)) {
      for (DocsSnippets.Include include : DocsSnippets.includes(root, doc)) {
        count++;
        if (include.problem() != null) {
          problems.add(include.where() + ": " + include.problem());
        } else if (!include.upToDate()) {
          problems.add(include.where() + ": the fence differs from the region.\n--- region ---\n"
              + include.expected() + "--- fence ---\n" + include.shown());
        }
      }
    }
    assertThat(count).as("include markers in docs/").isPositive();
    assertThat(problems)
        .withFailMessage("Snippets out of date (re-sync: java workshop-kit/src/test/java/workshop/kit/docs/DocsSnippets.java --write):%n%s",
            String.join("\n\n", problems))
        .isEmpty();
  }

  @Test
  void everyJavaFenceInTheChaptersComesFromASource() {
    List<String> loose = new ArrayList<>();
    for (Path doc : DocsSnippets.markdownFiles(root)) {
      Markdown markdown = Markdown.read(doc);
      for (int i = 0; i < markdown.lines.size(); i++) {
        if (markdown.lines.get(i).strip().equals("```java")
            && (i == 0 || !DocsSnippets.INCLUDE.matcher(markdown.lines.get(i - 1)).matches())) {
          loose.add(doc.getFileName() + ":" + (i + 1));
        }
      }
    }
    assertThat(loose).withFailMessage("```java fences with no include marker right before them: %s", loose).isEmpty();
  }

  @Test
  void regionsAreExtractedWithoutCommonIndentation() {
    assertThat(DocsSnippets.stripIndent(List.of("", "    int a;", "      int b;", "", "    int c;", "")))
        .isEqualTo("int a;\n  int b;\n\nint c;\n");
  }
}
