package workshop.kit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough of a shell's reading of a script to find its commands and their words: line
 * continuations, quotes, and the operators that separate commands ({@code && || ; |} and new
 * lines). No expansion: {@code "$GITHUB_STEP_SUMMARY"} stays a word as written.
 */
final class Shell {
    private Shell() {}

    static List<List<String>> commands(String script) {
        List<List<String>> commands = new ArrayList<>();
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        boolean inWord = false;
        String text = script.replace("\\\n", " ");
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\'' || c == '"') {
                int end = text.indexOf(c, i + 1);
                if (end < 0) {
                    throw new IllegalArgumentException("Unclosed quote in: " + script);
                }
                word.append(text, i + 1, end);
                inWord = true;
                i = end;
            } else if (c == '#' && !inWord) {
                int end = text.indexOf('\n', i);
                i = (end < 0 ? text.length() : end) - 1;
            } else if (c == ' ' || c == '\t') {
                inWord = flush(word, inWord, words);
            } else if (c == '\n' || c == ';' || c == '|' || c == '&') {
                inWord = flush(word, inWord, words);
                if (!words.isEmpty()) {
                    commands.add(List.copyOf(words));
                    words.clear();
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        flush(word, inWord, words);
        if (!words.isEmpty()) {
            commands.add(List.copyOf(words));
        }
        return commands;
    }

    private static boolean flush(StringBuilder word, boolean inWord, List<String> words) {
        if (inWord) {
            words.add(word.toString());
            word.setLength(0);
        }
        return false;
    }
}
