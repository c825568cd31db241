package workshop.kit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.commonmark.ext.heading.anchor.IdGenerator;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * What the docs tests need to know about a Markdown file, read from commonmark-java's syntax tree:
 * its code blocks and code spans, its links, its headings' anchors, its quoted list items, and the
 * plain text a command may be written in. Every item carries the (1-based) line it starts on, so a
 * failing test can say where to look.
 */
final class Markdown {
    private static final Parser PARSER = Parser.builder()
            .includeSourceSpans(IncludeSourceSpans.BLOCKS_AND_INLINES)
            .build();
    private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");
    private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
    private static final Pattern QUOTED = Pattern.compile("^\"(.+)\"$");

    /** Some text of the file and the line it starts on. */
    record Located(int line, String text) {}

    /** A fenced or indented code block: its first content line, its info string ("" when none), its text. */
    record CodeBlock(int line, String info, String literal) {
        /** Each line of the block with its own line number. */
        List<Located> lines() {
            List<Located> lines = new ArrayList<>();
            List<String> text = literal.lines().toList();
            for (int i = 0; i < text.size(); i++) {
                lines.add(new Located(line + i, text.get(i)));
            }
            return lines;
        }
    }

    final Path file;
    private final String source;
    private final Node document;

    private Markdown(Path file, String source) {
        this.file = file;
        this.source = source;
        this.document = PARSER.parse(source);
    }

    static Markdown read(Path file) {
        try {
            return new Markdown(file, Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A Markdown text that is not (yet) a file, for the tests of the docs tests. */
    static Markdown parse(String source) {
        return new Markdown(Path.of("example.md"), source);
    }

    /** Every fenced and indented code block, in order. */
    List<CodeBlock> codeBlocks() {
        List<CodeBlock> blocks = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                // The block's first source line is its opening fence; its content starts on the next.
                String info = block.getInfo() == null ? "" : block.getInfo().strip();
                blocks.add(new CodeBlock(line(block) + 1, info, block.getLiteral()));
            }

            @Override
            public void visit(IndentedCodeBlock block) {
                blocks.add(new CodeBlock(line(block), "", block.getLiteral()));
            }
        });
        return blocks;
    }

    /**
     * The fenced code blocks with the given info string (e.g. "java"), each with the HTML comment
     * block that comes right before it, if any (where the snippets' include markers sit).
     */
    List<Fence> fences(String info) {
        List<Fence> fences = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(FencedCodeBlock block) {
                if (info.equals(block.getInfo() == null ? "" : block.getInfo().strip())) {
                    String htmlRightBefore = null;
                    if (block.getPrevious() instanceof HtmlBlock html && lastLine(html) + 1 == line(block)) {
                        htmlRightBefore = html.getLiteral().strip();
                    }
                    fences.add(new Fence(line(block), htmlRightBefore, block.getLiteral()));
                }
            }
        });
        return fences;
    }

    /** A fence (its opening line), the HTML block right above it (null when none) and its text. */
    record Fence(int line, String htmlRightBefore, String literal) {}

    /** The inline code spans (`like this`) outside code blocks. */
    List<Located> codeSpans() {
        List<Located> spans = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Code code) {
                spans.add(new Located(line(code), code.getLiteral().strip()));
            }
        });
        return spans;
    }

    /**
     * The text a reader sees as words and code: prose text, code spans, and each line of each code
     * block. Where the docs' commands ({@code ./workshop ...}, {@code ./mvnw ...}) are looked for.
     */
    List<Located> textAndCode() {
        List<Located> pieces = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                pieces.add(new Located(line(text), text.getLiteral()));
            }

            @Override
            public void visit(Code code) {
                pieces.add(new Located(line(code), code.getLiteral()));
            }
        });
        codeBlocks().forEach(block -> pieces.addAll(block.lines()));
        return pieces;
    }

    /** The prose a reader sees, without code: each text node (in paragraphs, headings, lists, tables and links). */
    List<Located> prose() {
        List<Located> pieces = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Text text) {
                pieces.add(new Located(line(text), text.getLiteral()));
            }
        });
        return pieces;
    }

    /** Where the file's links and images point: Markdown links (inline or by reference) and HTML href/src. */
    List<Located> links() {
        List<Located> links = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Link link) {
                links.add(new Located(line(link), link.getDestination()));
                visitChildren(link);
            }

            @Override
            public void visit(Image image) {
                links.add(new Located(line(image), image.getDestination()));
                visitChildren(image);
            }

            @Override
            public void visit(HtmlInline html) {
                links.addAll(matches(HTML_LINK, line(html), html.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock html) {
                links.addAll(matches(HTML_LINK, line(html), html.getLiteral()));
            }
        });
        return links;
    }

    /** The HTML of the page (blocks and inline), outside code: where the docs' markers are. */
    List<Located> html() {
        List<Located> html = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(HtmlInline inline) {
                html.add(new Located(line(inline), inline.getLiteral()));
            }

            @Override
            public void visit(HtmlBlock block) {
                html.add(new Located(line(block), block.getLiteral()));
            }
        });
        return html;
    }

    /**
     * The anchors GitHub makes for this file's headings (as commonmark-java's heading-anchor extension
     * does: the heading's text and code, lower-cased, spaces to hyphens, all but letters, digits,
     * hyphens and underscores dropped, "-1", "-2" ... for repeats), plus explicit {@code <a id>} anchors.
     */
    Set<String> anchors() {
        Set<String> anchors = new LinkedHashSet<>();
        IdGenerator ids = IdGenerator.builder().build();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                anchors.add(ids.generateId(headingText(heading)));
                visitChildren(heading); // an explicit <a id> may sit in a heading
            }

            @Override
            public void visit(HtmlInline html) {
                matches(HTML_ANCHOR, line(html), html.getLiteral()).forEach(anchor -> anchors.add(anchor.text()));
            }

            @Override
            public void visit(HtmlBlock html) {
                matches(HTML_ANCHOR, line(html), html.getLiteral()).forEach(anchor -> anchors.add(anchor.text()));
            }
        });
        return anchors;
    }

    /** A heading: the line it is on, its level (1 for #), its text and the anchor GitHub makes for it. */
    record HeadingLine(int line, int level, String text, String anchor) {
        /** How it is written: "## The learner's loop". */
        String written() {
            return "#".repeat(level) + " " + text;
        }
    }

    /** The headings, in order, with their anchors (numbered "-1", "-2" ... for repeats, as GitHub does). */
    List<HeadingLine> headings() {
        List<HeadingLine> headings = new ArrayList<>();
        IdGenerator ids = IdGenerator.builder().build();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading heading) {
                String text = headingText(heading);
                headings.add(new HeadingLine(
                        line(heading),
                        heading.getLevel(),
                        sourceOf(heading).replaceFirst("^#+\\s*", "").replaceFirst("\\s+#+\\s*$", ""),
                        ids.generateId(text)));
            }
        });
        return headings;
    }

    /** The text the anchor of a heading is made from: its text and code, as the extension collects it. */
    private static String headingText(Heading heading) {
        StringBuilder text = new StringBuilder();
        heading.accept(new AbstractVisitor() {
            @Override
            public void visit(Text words) {
                text.append(words.getLiteral());
            }

            @Override
            public void visit(Code code) {
                text.append(code.getLiteral());
            }
        });
        return text.toString().strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The list items that are nothing but a double-quoted sentence (how the chapters name checks),
     * without the quotes. Read from the item's source, so the sentence is exactly as written.
     */
    List<Located> quotedListItems() {
        List<Located> quoted = new ArrayList<>();
        document.accept(new AbstractVisitor() {
            @Override
            public void visit(ListItem item) {
                if (item.getFirstChild() instanceof Paragraph paragraph && paragraph.getNext() == null) {
                    Matcher sentence = QUOTED.matcher(sourceOf(paragraph));
                    if (sentence.matches()) {
                        quoted.add(new Located(line(paragraph), sentence.group(1)));
                    }
                }
                visitChildren(item);
            }
        });
        return quoted;
    }

    /** A block's source text, its lines stripped and joined with a space (as Markdown reads a soft line break). */
    private String sourceOf(Node block) {
        StringBuilder text = new StringBuilder();
        for (SourceSpan span : block.getSourceSpans()) {
            if (!text.isEmpty()) {
                text.append(' ');
            }
            text.append(source.substring(span.getInputIndex(), span.getInputIndex() + span.getLength())
                    .strip());
        }
        return text.toString();
    }

    /** Group 1 of each match of {@code pattern} in an HTML literal, with the line it is on. */
    private static List<Located> matches(Pattern pattern, int firstLine, String html) {
        List<Located> found = new ArrayList<>();
        Matcher matcher = pattern.matcher(html);
        while (matcher.find()) {
            int line = firstLine
                    + (int) html.substring(0, matcher.start())
                            .chars()
                            .filter(c -> c == '\n')
                            .count();
            found.add(new Located(line, matcher.group(1)));
        }
        return found;
    }

    /** The 1-based line a node ends on. */
    private static int lastLine(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(spans.size() - 1).getLineIndex() + 1;
    }

    /** The 1-based line a node starts on. */
    private static int line(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        return spans.isEmpty() ? 0 : spans.get(0).getLineIndex() + 1;
    }
}
