package workshop.verification.mistakes;

import java.util.ArrayList;
import java.util.List;

/**
 * Replaces one piece of a source text by another, and insists it occurs exactly once, so a
 * mistake can never quietly stop applying when the reference solution changes.
 *
 * <p>{@code from} and {@code to} are written in mistakes.yaml as YAML blocks, which lose their
 * indentation. So the first line of {@code from} is found anywhere in a line of the source, and
 * each further line must follow with the indentation of that first line; the lines of {@code to}
 * after its first get that same indentation. A blank line matches a blank line.
 */
final class OneChange {
    private OneChange() {}

    static String apply(String source, String from, String to) {
        List<Integer> matches = new ArrayList<>();
        String firstLine = from.lines().findFirst().orElse("");
        for (int at = source.indexOf(firstLine); at >= 0; at = source.indexOf(firstLine, at + 1)) {
            if (source.startsWith(indented(from, indentationAt(source, at)), at)) {
                matches.add(at);
            }
        }
        if (matches.size() != 1) {
            throw new IllegalArgumentException(
                    "the text to replace occurs " + matches.size() + " times, not once: " + firstLine.strip());
        }
        int at = matches.get(0);
        String indentation = indentationAt(source, at);
        return source.substring(0, at)
                + indented(to, indentation)
                + source.substring(at + indented(from, indentation).length());
    }

    /** The whitespace that starts the line {@code at} is on. */
    private static String indentationAt(String source, int at) {
        int lineStart = source.lastIndexOf('\n', at - 1) + 1;
        int end = lineStart;
        while (end < source.length() && (source.charAt(end) == ' ' || source.charAt(end) == '\t')) {
            end++;
        }
        return source.substring(lineStart, end);
    }

    /** The text with every line after the first given the indentation (blank lines stay blank). */
    private static String indented(String text, String indentation) {
        String[] lines = text.split("\n", -1);
        StringBuilder result = new StringBuilder(lines[0]);
        for (int i = 1; i < lines.length; i++) {
            result.append('\n').append(lines[i].isBlank() ? "" : indentation + lines[i]);
        }
        return result.toString();
    }
}
