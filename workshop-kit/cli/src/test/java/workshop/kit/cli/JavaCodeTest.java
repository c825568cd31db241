package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class JavaCodeTest {
    @Test
    void commentsRegionMarkersAndBlankLinesGoCodeAndStringsStay() {
        List<String> source = List.of(
                "/** Javadoc",
                " * more */",
                "  // region read-aside",
                "  int x = 1; // trailing",
                "",
                "  String url = \"http://example.com\"; /* inline */ int y = 2;",
                "  char slash = '/';",
                "  // endregion");
        assertThat(JavaCode.withoutComments(source))
                .containsExactly(
                        "  int x = 1;", "  String url = \"http://example.com\";  int y = 2;", "  char slash = '/';");
    }
}
