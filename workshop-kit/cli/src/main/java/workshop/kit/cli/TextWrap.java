package workshop.kit.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps text to a terminal's width. English breaks at spaces. Japanese has no spaces between words,
 * so it may also break between two of its characters, except before a closing mark (、。）」 and
 * the like) or after an opening one (（「), as Japanese typesetting does; and its characters take
 * two columns of a terminal, not one.
 */
final class TextWrap {
    private static final String NO_BREAK_BEFORE = "、。，．）」』】〕！？：；ー・ぁぃぅぇぉっゃゅょァィゥェォッャュョ";
    private static final String NO_BREAK_AFTER = "（「『【〔";

    private TextWrap() {}

    /** A piece that is never broken, and whether a space stood before it. */
    private record Unit(String text, boolean spaceBefore) {
        int columns() {
            return text.codePoints().map(TextWrap::columns).sum();
        }
    }

    /** The text's lines, each at most {@code width} columns unless one unbreakable piece is longer. */
    static List<String> lines(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        int used = 0;
        for (Unit unit : units(text.strip())) {
            int needed = (line.isEmpty() || !unit.spaceBefore() ? 0 : 1) + unit.columns();
            if (!line.isEmpty() && used + needed > width) {
                lines.add(line.toString());
                line.setLength(0);
                used = 0;
                needed = unit.columns();
            }
            if (!line.isEmpty() && unit.spaceBefore()) {
                line.append(' ');
            }
            line.append(unit.text());
            used += needed;
        }
        if (!line.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    /** Words, and single wide characters, with the closing and opening marks kept to their neighbours. */
    private static List<Unit> units(String text) {
        List<Unit> units = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean currentSpaceBefore = false;
        boolean space = false;
        for (int c : text.codePoints().toArray()) {
            if (Character.isWhitespace(c)) {
                space = true;
                continue;
            }
            String character = Character.toString(c);
            boolean sameWord = !space
                    && !current.isEmpty()
                    && columns(c) == 1
                    && columns(current.codePointBefore(current.length())) == 1;
            boolean keptTogether = !space
                    && !current.isEmpty()
                    && (NO_BREAK_BEFORE.contains(character)
                            || NO_BREAK_AFTER.contains(Character.toString(current.codePointBefore(current.length()))));
            if (!sameWord && !keptTogether && !current.isEmpty()) {
                units.add(new Unit(current.toString(), currentSpaceBefore));
                current.setLength(0);
            }
            if (current.isEmpty()) {
                currentSpaceBefore = space;
            }
            current.append(character);
            space = false;
        }
        if (!current.isEmpty()) {
            units.add(new Unit(current.toString(), currentSpaceBefore));
        }
        return units;
    }

    /** Columns a character takes in a terminal: two for East Asian wide and full-width characters. */
    static int columns(int codePoint) {
        boolean wide = (codePoint >= 0x1100 && codePoint <= 0x115F)
                || (codePoint >= 0x2E80 && codePoint <= 0xA4CF)
                || (codePoint >= 0xAC00 && codePoint <= 0xD7A3)
                || (codePoint >= 0xF900 && codePoint <= 0xFAFF)
                || (codePoint >= 0xFE30 && codePoint <= 0xFE4F)
                || (codePoint >= 0xFF00 && codePoint <= 0xFF60)
                || (codePoint >= 0xFFE0 && codePoint <= 0xFFE6);
        return wide ? 2 : 1;
    }
}
