package workshop.kit.docs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import workshop.kit.steps.Chapters;

/**
 * A page of the Japanese edition beside the English page it translates: what must be the same in
 * both (the headings' levels, in order; the code blocks, byte for byte, in order), the anchors of
 * one against the other's, and the links that should lead to the Japanese edition. Every problem
 * names both pages and the section it is in, so whoever changed one page knows where the other
 * needs the same change.
 */
record Editions(Path english, Markdown englishPage, Path japanese, Markdown japanesePage) {

    static Editions of(Path root, Path japanese) {
        Path english = TranslationRecord.englishOf(japanese);
        return new Editions(
                english, Markdown.read(root.resolve(english)), japanese, Markdown.read(root.resolve(japanese)));
    }

    /** Where the headings differ: in number, or in level at the same place. */
    List<String> headingProblems() {
        List<Markdown.HeadingLine> en = englishPage.headings();
        List<Markdown.HeadingLine> ja = japanesePage.headings();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.max(en.size(), ja.size()); i++) {
            if (i >= ja.size()) {
                problems.add(english + ":" + en.get(i).line() + " has the heading \""
                        + en.get(i).written() + "\" (heading " + (i + 1) + "); " + japanese + " ends before it, after "
                        + ja.size() + " headings. Translate the section into " + japanese + ".");
                break;
            }
            if (i >= en.size()) {
                problems.add(japanese + ":" + ja.get(i).line() + " has the heading \""
                        + ja.get(i).written() + "\" (heading " + (i + 1) + "); " + english + " has only " + en.size()
                        + " headings. A Japanese page has the English page's sections, no more.");
                break;
            }
            if (en.get(i).level() != ja.get(i).level()) {
                problems.add(
                        "heading " + (i + 1) + " differs: " + english + ":"
                                + en.get(i).line() + " \"" + en.get(i).written() + "\" is level "
                                + en.get(i).level() + ", " + japanese + ":"
                                + ja.get(i).line() + " \"" + ja.get(i).written() + "\" is level "
                                + ja.get(i).level()
                                + ". The Japanese page keeps the English page's headings, in the same order and at the same levels.");
                break; // what follows is out of step too: one problem says where it starts
            }
        }
        return problems;
    }

    /** Where the code blocks differ: in number, or in their text or info string. */
    List<String> codeBlockProblems() {
        List<Markdown.CodeBlock> en = englishPage.codeBlocks();
        List<Markdown.CodeBlock> ja = japanesePage.codeBlocks();
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < Math.min(en.size(), ja.size()); i++) {
            Markdown.CodeBlock e = en.get(i);
            Markdown.CodeBlock j = ja.get(i);
            if (!e.info().equals(j.info()) || !e.literal().equals(j.literal())) {
                problems.add("code block " + (i + 1) + " differs: " + english + ":" + e.line() + " (in "
                        + sectionOf(englishPage, e.line()) + ") and "
                        + japanese + ":" + j.line() + " (in " + sectionOf(japanesePage, j.line())
                        + ") must be the same bytes.\n  English:\n"
                        + indent(e.info(), e.literal()) + "  Japanese:\n" + indent(j.info(), j.literal()));
            }
        }
        if (en.size() != ja.size()) {
            int first = Math.min(en.size(), ja.size());
            String where = en.size() > first
                    ? english + ":" + en.get(first).line() + " (in "
                            + sectionOf(englishPage, en.get(first).line()) + ")"
                    : japanese + ":" + ja.get(first).line() + " (in "
                            + sectionOf(japanesePage, ja.get(first).line()) + ")";
            problems.add(english + " has " + en.size() + " code blocks, " + japanese + " " + ja.size()
                    + "; the first without a counterpart is at " + where + ".");
        }
        return problems;
    }

    /**
     * English commands the Japanese page leaves out: every {@code ./workshop} and {@code ./mvnw}
     * command of the English page, in a code span or a code block, must be in the Japanese page too,
     * written the same (the Japanese page may show more, such as {@code --lang ja}).
     */
    List<String> commandProblems() {
        List<String> japaneseCommands =
                commands(japanesePage).stream().map(Markdown.Located::text).toList();
        List<String> problems = new ArrayList<>();
        for (Markdown.Located command : commands(englishPage)) {
            if (!japaneseCommands.contains(command.text())) {
                problems.add(english + ":" + command.line() + " (in " + sectionOf(englishPage, command.line())
                        + ") has the command `" + command.text() + "`; " + japanese
                        + " does not. Write it the same way in the Japanese section.");
            }
        }
        return problems;
    }

    private static List<Markdown.Located> commands(Markdown page) {
        List<Markdown.Located> commands = new ArrayList<>();
        List<Markdown.Located> code = new ArrayList<>(page.codeSpans());
        page.codeBlocks().forEach(block -> code.addAll(block.lines()));
        for (Markdown.Located piece : code) {
            String text = piece.text().strip();
            if (text.startsWith("./workshop") || text.startsWith("./mvnw")) {
                commands.add(new Markdown.Located(
                        piece.line(), text.replaceAll("\\s+#.*$", "").replaceAll("\\s+", " ")));
            }
        }
        return commands;
    }

    /** The Japanese anchor of each English anchor, heading by heading; empty when the headings are out of step. */
    Map<String, String> anchors() {
        Map<String, String> anchors = new LinkedHashMap<>();
        List<Markdown.HeadingLine> en = englishPage.headings();
        List<Markdown.HeadingLine> ja = japanesePage.headings();
        if (headingProblems().isEmpty()) {
            for (int i = 0; i < en.size(); i++) {
                anchors.put(en.get(i).anchor(), ja.get(i).anchor());
            }
        }
        return anchors;
    }

    /**
     * Links of the Japanese page to an English page that has a Japanese edition: they should lead to
     * the Japanese one (the link to the page's own English original excepted: that is the way back).
     */
    List<String> linkProblems(Path root) {
        List<String> problems = new ArrayList<>();
        for (Markdown.Located link : japanesePage.links()) {
            String target = link.text();
            if (target.matches("^[a-zA-Z][\\w+.-]*:.*") || target.startsWith("#")) {
                continue;
            }
            String file = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
            String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : "";
            Path linked = root.relativize(
                    root.resolve(japanese).getParent().resolve(file).normalize());
            Optional<Path> edition = japaneseEditionOf(linked);
            if (linked.equals(english) || edition.isEmpty() || !Files.isRegularFile(root.resolve(edition.get()))) {
                continue;
            }
            String suggestion = root.resolve(japanese)
                    .getParent()
                    .relativize(root.resolve(edition.get()))
                    .toString()
                    .replace('\\', '/');
            if (!anchor.isEmpty()) {
                Editions other = of(root, edition.get());
                suggestion += "#" + other.anchors().getOrDefault(anchor, "<the Japanese anchor of #" + anchor + ">");
            }
            problems.add(japanese + ":" + link.line() + " links " + target + ", which has a Japanese edition: link "
                    + suggestion + " instead.");
        }
        return problems;
    }

    /**
     * docs/X.md has docs/ja/X.md; README.md has docs/ja/README.md; nothing else has one. The docs
     * index, docs/README.md, has none of its own: its name is the Japanese README's.
     */
    private static Optional<Path> japaneseEditionOf(Path page) {
        String path = page.toString().replace('\\', '/');
        if (path.equals("README.md")) {
            return Optional.of(Path.of("docs", "ja", "README.md"));
        }
        if (path.startsWith("docs/")
                && !path.startsWith("docs/ja/")
                && !path.equals("docs/README.md")
                && path.endsWith(".md")) {
            return Optional.of(Path.of(Chapters.japanese(path)));
        }
        return Optional.empty();
    }

    /** "## The learner's loop" for a line in that section; "the top of the page" before any heading. */
    static String sectionOf(Markdown page, int line) {
        String section = "the top of the page";
        for (Markdown.HeadingLine heading : page.headings()) {
            if (heading.line() <= line) {
                section = "\"" + heading.written() + "\"";
            }
        }
        return section;
    }

    private static String indent(String info, String literal) {
        StringBuilder text = new StringBuilder("    ```" + info + "\n");
        literal.lines().forEach(line -> text.append("    ").append(line).append('\n'));
        return text.append("    ```\n").toString();
    }
}
