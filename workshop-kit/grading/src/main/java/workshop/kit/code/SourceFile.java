package workshop.kit.code;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * One Java source file of a step.
 *
 * @param packagePath where it sits under {@code src/main/java}, e.g. {@code workshop/step2/AccountRepository.java}
 * @param shownAs the path the compiler's messages name, relative to the repository root
 * @param content its text, as UTF-8 bytes
 */
public record SourceFile(Path packagePath, String shownAs, byte[] content) {
    public String text() {
        return new String(content, StandardCharsets.UTF_8);
    }
}
