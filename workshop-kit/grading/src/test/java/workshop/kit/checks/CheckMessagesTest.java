package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import workshop.kit.steps.Steps;

/**
 * A learner reads what a failed check says, so no check may fail with AssertJ's bare
 * "expected: "Admin" but was: "Member"": every assertThat in the checks carries a message of its
 * own (withFailMessage) that says the request, the answer, what was expected and why.
 */
class CheckMessagesTest {
    private static final Path CHECKS =
            Steps.repositoryRoot().resolve("workshop-kit/grading/src/main/java/workshop/kit/checks");

    @Test
    void everyAssertionInTheChecksSaysWhatItExpectsAndWhy() throws IOException {
        List<String> bare = new ArrayList<>();
        int assertions = 0;
        try (Stream<Path> files = Files.list(CHECKS)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                    .sorted()
                    .toList()) {
                String source = Files.readString(file);
                for (int at = source.indexOf("assertThat("); at >= 0; at = source.indexOf("assertThat(", at + 1)) {
                    if (source.startsWith("import", source.lastIndexOf('\n', at) + 1)) {
                        continue;
                    }
                    assertions++;
                    String statement = statementAt(source, at);
                    if (!statement.contains(".withFailMessage(")) {
                        int line = (int) source.substring(0, at).lines().count();
                        bare.add(file.getFileName() + ":" + line + ": "
                                + statement.lines().findFirst().orElse("").strip());
                    }
                }
            }
        }
        assertThat(assertions).as("assertions found in the checks").isGreaterThan(20);
        assertThat(bare)
                .withFailMessage(
                        "Assertions in the checks without a message of their own:%n%s", String.join("\n", bare))
                .isEmpty();
    }

    /** The Java statement starting at {@code start}: up to the first ';' outside parentheses and literals. */
    private static String statementAt(String source, int start) {
        int depth = 0;
        boolean inString = false;
        boolean inChar = false;
        for (int i = start; i < source.length(); i++) {
            char c = source.charAt(i);
            if (inString || inChar) {
                if (c == '\\') {
                    i++;
                } else if ((inString && c == '"') || (inChar && c == '\'')) {
                    inString = false;
                    inChar = false;
                }
                continue;
            }
            switch (c) {
                case '"' -> inString = true;
                case '\'' -> inChar = true;
                case '(' -> depth++;
                case ')' -> depth--;
                case ';' -> {
                    if (depth == 0) {
                        return source.substring(start, i);
                    }
                }
                default -> {}
            }
        }
        return source.substring(start);
    }
}
