package workshop.kit.maintain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * A part of a file that is written from the step manifest, between two marker lines: the text from
 * the line after {@code begin} up to the line before {@code end}. Everything else in the file is
 * a person's to write.
 *
 * @param file relative to the repository root
 * @param begin a line (trimmed) that opens the part
 * @param end a line (trimmed) that closes it
 * @param content what belongs between them, line by line, each line ending with a newline
 */
public record GeneratedPart(Path file, String begin, String end, String content) {

    /** What the file holds between the markers now; empty when either marker is missing. */
    public Optional<String> current(Path root) {
        String text = read(root);
        int from = lineAfter(text, begin);
        int to = lineStarting(text, end, from);
        return from < 0 || to < 0 ? Optional.empty() : Optional.of(text.substring(from, to));
    }

    /** True when the file holds what the manifest says. */
    public boolean upToDate(Path root) {
        return current(root).map(content::equals).orElse(false);
    }

    /** Puts the manifest's content between the markers. */
    public void write(Path root) {
        String text = read(root);
        int from = lineAfter(text, begin);
        int to = lineStarting(text, end, from);
        if (from < 0 || to < 0) {
            throw new IllegalStateException(
                    file + " has lost its markers: a line \"" + begin + "\" and, below it, a line \"" + end
                            + "\". Put them back around the generated part, then run this again.");
        }
        try {
            Files.writeString(root.resolve(file), text.substring(0, from) + content + text.substring(to));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String read(Path root) {
        try {
            return Files.readString(root.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Where the line after the one whose trimmed text is {@code marker} starts; -1 when there is none. */
    private static int lineAfter(String text, String marker) {
        int start = lineStarting(text, marker, 0);
        if (start < 0) {
            return -1;
        }
        int newline = text.indexOf('\n', start);
        return newline < 0 ? -1 : newline + 1;
    }

    /** Where the first line from {@code from} on whose trimmed text is {@code marker} starts; -1 when there is none. */
    private static int lineStarting(String text, String marker, int from) {
        if (from < 0) {
            return -1;
        }
        int position = from;
        while (position < text.length()) {
            int newline = text.indexOf('\n', position);
            int lineEnd = newline < 0 ? text.length() : newline;
            if (text.substring(position, lineEnd).strip().equals(marker)) {
                return position;
            }
            position = lineEnd + 1;
        }
        return -1;
    }
}
