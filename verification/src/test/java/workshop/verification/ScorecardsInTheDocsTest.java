package workshop.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import workshop.kit.code.CodeVariant;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepResult;

/**
 * A scorecard a chapter shows is a scorecard the grader prints: every block marked
 * {@code <!-- output: scorecard step-N starter -->} (or {@code solution}) is graded here, on the
 * untouched starter (or the reference solution), and each of its lines must be a line of the real
 * scorecard, in the same order. (The kit's docs tests make sure every text block is marked.)
 */
class ScorecardsInTheDocsTest {
  private static final Pattern MARKER = Pattern.compile("<!-- output: scorecard (step-\\d+) (starter|solution) -->");

  private record Shown(Path doc, int line, String step, CodeVariant variant, List<String> lines) {}

  @TestFactory
  Stream<DynamicTest> everyScorecardShownIsWhatTheGraderPrints() throws IOException {
    List<Shown> shown = shown();
    assertThat(shown).as("scorecards shown in the docs").isNotEmpty();
    return shown.stream().map(block -> DynamicTest.dynamicTest(
        PristineSteps.ROOT.relativize(block.doc()) + ":" + block.line(), () -> check(block)));
  }

  private static void check(Shown block) {
    StepResult result = new Grader().grade(PristineSteps.compiled(PristineSteps.step(block.step()), block.variant()));
    List<String> printed = ReferenceSolutionsTest.scorecard(result).lines().map(String::stripTrailing).toList();
    int at = 0;
    for (String line : block.lines()) {
      int found = printed.subList(at, printed.size()).indexOf(line.stripTrailing());
      assertThat(found)
          .withFailMessage("%s:%d shows the line%n  %s%nwhich the grader does not print there. It prints:%n%s",
              PristineSteps.ROOT.relativize(block.doc()), block.line(), line, String.join("\n", printed))
          .isNotNegative();
      at += found + 1;
    }
  }

  private static List<Shown> shown() throws IOException {
    List<Shown> shown = new ArrayList<>();
    try (Stream<Path> files = Files.walk(PristineSteps.ROOT.resolve("docs"))) {
      for (Path doc : files.filter(path -> path.toString().endsWith(".md")).sorted().toList()) {
        List<String> lines = Files.readAllLines(doc);
        for (int i = 0; i < lines.size(); i++) {
          Matcher marker = MARKER.matcher(lines.get(i));
          if (marker.find() && i + 1 < lines.size() && lines.get(i + 1).startsWith("```")) {
            List<String> block = new ArrayList<>();
            for (int j = i + 2; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
              if (!lines.get(j).isBlank()) {
                block.add(lines.get(j));
              }
            }
            CodeVariant variant = marker.group(2).equals("starter") ? CodeVariant.STARTER : CodeVariant.SOLUTION;
            shown.add(new Shown(doc, i + 1, marker.group(1), variant, block));
          }
        }
      }
    }
    return shown;
  }
}
