package workshop.kit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms the Japanese edition fixes, read from the table under {@code <!-- terms -->} in
 * {@code docs/ja/glossary.md}: one row per term, | English | 日本語 | 使わない表記 | 根拠・補足 |, the
 * Japanese forms and the forbidden variants each in backticks.
 */
record Glossary(List<Glossary.Term> terms) {
    static final Path FILE = Path.of("docs", "ja", "glossary.md");
    private static final String MARKER = "<!-- terms -->";
    private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");

    /** One term: its English, the Japanese the edition writes, the variants it never writes, and the row's line. */
    record Term(String english, List<String> japanese, List<String> forbidden, int line) {}

    /** A forbidden variant where the glossary fixes another form. */
    record Misuse(String found, Term term) {
        String explained() {
            return "「" + found + "」: the glossary writes " + term.english() + " as "
                    + String.join(" / ", term.japanese()) + " (docs/ja/glossary.md:" + term.line() + ")";
        }
    }

    static Glossary read(Path root) {
        try {
            return parse(Files.readString(root.resolve(FILE)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Glossary parse(String markdown) {
        List<String> lines = markdown.lines().toList();
        List<Term> terms = new ArrayList<>();
        int at = lines.indexOf(MARKER);
        if (at < 0) {
            throw new IllegalStateException(FILE + " has no " + MARKER + " line above its table of terms");
        }
        // The marker, the header row, the |---| row, then the terms until the table ends.
        for (int i = at + 3; i < lines.size() && lines.get(i).startsWith("|"); i++) {
            String[] cells = lines.get(i).split("\\|", -1);
            if (cells.length < 5) {
                throw new IllegalStateException(
                        FILE + ":" + (i + 1) + ": a row of terms has four cells: | English | 日本語 | 使わない表記 | 根拠・補足 |");
            }
            terms.add(new Term(cells[1].strip(), backticked(cells[2]), backticked(cells[3]), i + 1));
        }
        return new Glossary(terms);
    }

    private static List<String> backticked(String cell) {
        List<String> items = new ArrayList<>();
        Matcher item = BACKTICKED.matcher(cell);
        while (item.find()) {
            items.add(item.group(1));
        }
        return items;
    }

    /**
     * The forbidden variants a text uses. A variant inside a form the glossary allows is no misuse:
     * レイテンシ inside レイテンシー, ユーザ inside ユーザー.
     */
    List<Misuse> misuses(String text) {
        List<Misuse> found = new ArrayList<>();
        for (Term term : terms) {
            for (String variant : term.forbidden()) {
                for (int at = text.indexOf(variant); at >= 0; at = text.indexOf(variant, at + 1)) {
                    if (!insideAnAllowedForm(text, at, at + variant.length())) {
                        found.add(new Misuse(variant, term));
                    }
                }
            }
        }
        return found;
    }

    private boolean insideAnAllowedForm(String text, int start, int end) {
        for (Term term : terms) {
            for (String form : term.japanese()) {
                for (int at = text.indexOf(form); at >= 0 && at <= start; at = text.indexOf(form, at + 1)) {
                    if (at + form.length() >= end) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
