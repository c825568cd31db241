package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class UnifiedDiffTest {
  @Test
  void showsChangedLinesWithContext() {
    List<String> yours = List.of("a", "b", "c", "d", "e", "f", "g", "throw new UnsupportedOperationException();", "}");
    List<String> solution = List.of("a", "b", "c", "d", "e", "f", "g", "return table.find();", "}");
    assertThat(UnifiedDiff.of("yours", yours, "solution", solution)).isEqualTo(String.join("\n",
        "--- yours", "+++ solution", "@@ -5,5 +5,5 @@", " e", " f", " g",
        "-throw new UnsupportedOperationException();", "+return table.find();", " }", ""));
  }

  @Test
  void sameTextsHaveNoDiff() {
    assertThat(UnifiedDiff.of("a", List.of("x"), "b", List.of("x"))).isEmpty();
  }
}
