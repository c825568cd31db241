package workshop.verification.mistakes;

import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * Replaces one piece of a source text by another, and insists it occurs exactly once, so a
 * mistake can never quietly stop applying when the reference solution changes.
 *
 * <p>{@code from} is matched token for token, whatever the whitespace between the tokens: the
 * formatter may wrap a long line or indent a block otherwise than the text in mistakes.yaml, and a
 * mistake is about code, not layout. Two words must still be apart ({@code int a} never matches
 * {@code inta}). The lines of {@code to} after its first get the indentation of the line the match
 * starts on; the mistake's code need only compile, not look formatted.
 */
final class OneChange {
    private static final Pattern TOKEN = Pattern.compile("\\w+|[^\\w\\s]");

    private OneChange() {}

    static String apply(String source, String from, String to) {
        List<MatchResult> matches =
                tokenForToken(from).matcher(source).results().toList();
        if (matches.size() != 1) {
            String firstLine = from.strip().lines().findFirst().orElse("");
            throw new IllegalArgumentException(
                    "the text to replace occurs " + matches.size() + " times, not once: " + firstLine.strip());
        }
        MatchResult match = matches.get(0);
        return source.substring(0, match.start())
                + indented(to.strip(), indentationAt(source, match.start()))
                + source.substring(match.end());
    }

    /** {@code from}'s tokens in order, with any whitespace between them (some between two words). */
    private static Pattern tokenForToken(String from) {
        StringBuilder regex = new StringBuilder();
        String previous = null;
        for (String token :
                TOKEN.matcher(from).results().map(MatchResult::group).toList()) {
            if (previous != null) {
                regex.append(isWord(previous) && isWord(token) ? "\\s+" : "\\s*");
            }
            regex.append(Pattern.quote(token));
            previous = token;
        }
        return Pattern.compile(regex.toString());
    }

    private static boolean isWord(String token) {
        return Character.isLetterOrDigit(token.charAt(0)) || token.charAt(0) == '_';
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
