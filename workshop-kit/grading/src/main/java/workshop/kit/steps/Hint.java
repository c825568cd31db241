package workshop.kit.steps;

import java.util.regex.Pattern;

/**
 * One tier of a task's hints, in English and in Japanese. English is the source; the Japanese may
 * be missing while a translation is on its way (a docs test fails until it is there), and English
 * is shown in its place meanwhile.
 *
 * <p>YAML folds a long text's lines into one with a space between them. Japanese puts no space
 * between its words, so a line break between two Japanese characters, or next to a Japanese mark
 * such as 、 or （, is dropped instead: the Japanese hints in steps.yaml can be wrapped like the
 * English ones. A space next to a Latin word
 * or a number ({@code CACHE_TTL を渡す}) is kept, as Japanese technical writing spaces them.
 */
public record Hint(String en, String ja) {
    private static final String MARKS = "\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}";
    private static final String JAPANESE = "\\p{InHiragana}\\p{InKatakana}\\p{InCJK_Unified_Ideographs}" + MARKS;
    /** A fold's space between two Japanese characters, or next to a Japanese mark (、。（）「」), which is never spaced. */
    private static final Pattern FOLD_BETWEEN_JAPANESE = Pattern.compile(
            "(?<=[" + JAPANESE + "]) (?=[" + JAPANESE + "])|(?<=[" + MARKS + "]) | (?=[" + MARKS + "])");

    public Hint {
        ja = ja == null || ja.isBlank()
                ? null
                : FOLD_BETWEEN_JAPANESE.matcher(ja.strip()).replaceAll("");
    }

    /** The hint in this language; the English one when it has no Japanese yet. */
    public String in(Language language) {
        return language == Language.JAPANESE && ja != null ? ja : en;
    }
}
