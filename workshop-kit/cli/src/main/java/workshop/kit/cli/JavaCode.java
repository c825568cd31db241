package workshop.kit.cli;

import java.util.ArrayList;
import java.util.List;

/** Java source reduced to its code, for comparing what a learner wrote with the solution. */
final class JavaCode {
    private JavaCode() {}

    /**
     * The lines without comments ({@code //}, {@code /* ... *}{@code /}, Javadoc, region markers) and
     * without the lines left blank. String and character literals are respected, so a "//" inside a
     * string stays.
     */
    static List<String> withoutComments(List<String> lines) {
        List<String> code = new ArrayList<>();
        boolean inBlockComment = false;
        for (String line : lines) {
            StringBuilder kept = new StringBuilder();
            char quote = 0;
            for (int i = 0; i < line.length(); i++) {
                char c = line.charAt(i);
                char next = i + 1 < line.length() ? line.charAt(i + 1) : 0;
                if (inBlockComment) {
                    if (c == '*' && next == '/') {
                        inBlockComment = false;
                        i++;
                    }
                } else if (quote != 0) {
                    kept.append(c);
                    if (c == '\\' && next != 0) {
                        kept.append(next);
                        i++;
                    } else if (c == quote) {
                        quote = 0;
                    }
                } else if (c == '/' && next == '/') {
                    break;
                } else if (c == '/' && next == '*') {
                    inBlockComment = true;
                    i++;
                } else {
                    if (c == '"' || c == '\'') {
                        quote = c;
                    }
                    kept.append(c);
                }
            }
            String stripped = kept.toString().stripTrailing();
            if (!stripped.isBlank()) {
                code.add(stripped);
            }
        }
        return code;
    }
}
