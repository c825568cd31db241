package workshop.kit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which English text each page of the Japanese edition was translated from. {@code docs/ja/X.md}
 * translates {@code docs/X.md} ({@code docs/ja/README.md} translates the top-level README.md), and
 * {@code docs/ja/translated-from.txt} keeps, for every section of the English page (a heading and
 * what follows it up to the next heading), a fingerprint of its text as it was when the Japanese
 * page was last brought up to date. {@code JapaneseEditionTest} compares them with the English pages
 * as they are: a section changed in English and not in Japanese fails, naming both pages and the
 * section.
 *
 * <p>After bringing a Japanese page up to date, record it, from the repository root (plain JDK, no
 * build needed):
 *
 * <pre>
 *   java workshop-kit/cli/src/test/java/workshop/kit/docs/TranslationRecord.java docs/ja/README.md
 * </pre>
 *
 * Without a page it lists what is out of date and exits 1 if anything is. A page is recorded whole,
 * on purpose: recording says "this Japanese page says what the English one says now".
 *
 * <p>Run that way, this file cannot use a Markdown library, so it finds headings itself: {@code #}
 * lines outside fenced code blocks. The test checks that it finds the very headings commonmark-java
 * finds, so the two cannot drift apart.
 */
public final class TranslationRecord {
    static final Path RECORD = Path.of("docs", "ja", "translated-from.txt");
    static final Path JAPANESE_DOCS = Path.of("docs", "ja");
    static final String RECORD_COMMAND = "java workshop-kit/cli/src/test/java/workshop/kit/docs/TranslationRecord.java";
    /** Pages of the Japanese edition that translate nothing: the glossary is its own. */
    static final Set<String> JAPANESE_ONLY = Set.of("glossary.md");

    private static final Pattern FENCE = Pattern.compile("^ {0,3}(`{3,}|~{3,}).*$");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}(#{1,6})(?:[ \\t]+(.*?))?(?:[ \\t]+#+)?[ \\t]*$");
    private static final Pattern LINE = Pattern.compile("^(\\S+)\\s+(\\d+)\\s+([0-9a-f]{12})\\s+(.*)$");
    private static final String HEADER = String.join(
            "\n",
            "# Which English text each page of the Japanese edition was translated from: per section of the",
            "# English page (0 is the text before its first heading), a fingerprint of the section's text and its",
            "# heading. JapaneseEditionTest fails when an English section no longer has the recorded fingerprint.",
            "# After bringing the Japanese page up to date, record it again (never edit this file by hand):",
            "#   " + RECORD_COMMAND + " docs/ja/<page>.md",
            "");

    private TranslationRecord() {}

    /**
     * One section of a page: its number (0 for what comes before the first heading), its heading as
     * written ("" for section 0), the line the heading is on, and its text.
     */
    record Section(int number, String heading, int line, String text, String prose) {
        /**
         * The first 12 hex digits of the SHA-256 of the section's prose (its text but its fenced code
         * blocks), trailing spaces and blank lines at the ends left out. Code blocks are not translated:
         * JapaneseEditionTest compares them byte for byte, and {@code ./workshop sync} writes the
         * snippets of both editions, so a change of code alone (a reformatted source) is not a
         * translation to redo.
         */
        String fingerprint() {
            String normalised = String.join(
                            "\n", prose.lines().map(String::stripTrailing).toList())
                    .strip();
            try {
                byte[] digest =
                        MessageDigest.getInstance("SHA-256").digest(normalised.getBytes(StandardCharsets.UTF_8));
                return HexFormat.of().formatHex(digest).substring(0, 12);
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }

        /** How a message names it: "section 3, ## The learner's loop". */
        String named() {
            return number == 0 ? "the text before the first heading" : "section " + number + ", \"" + heading + "\"";
        }
    }

    /** What the record says of one section of the English page a Japanese page translates. */
    record Recorded(String japanesePage, int number, String fingerprint, String heading) {}

    /** Something the Japanese edition is behind in, with the pages and the section, and what to do. */
    record Change(Path japanese, Path english, String problem) {}

    /** The English page a page of the Japanese edition translates: docs/ja/X.md is docs/X.md, docs/ja/README.md is README.md. */
    static Path englishOf(Path japanese) {
        Path relative = JAPANESE_DOCS.relativize(japanese);
        return relative.equals(Path.of("README.md"))
                ? relative
                : Path.of("docs").resolve(relative);
    }

    /** The pages of the Japanese edition that translate an English page, relative to the root, sorted. */
    static List<Path> japanesePages(Path root) {
        Path dir = root.resolve(JAPANESE_DOCS);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(path -> path.toString().endsWith(".md"))
                    .map(root::relativize)
                    .filter(path -> !(path.getParent().equals(JAPANESE_DOCS)
                            && JAPANESE_ONLY.contains(path.getFileName().toString())))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The page's sections: the text before its first heading (when there is any), then one per heading. */
    static List<Section> sections(String markdown) {
        List<Section> sections = new ArrayList<>();
        List<String> lines = markdown.lines().toList();
        String fence = null;
        int number = 0;
        String heading = "";
        int headingLine = 0;
        StringBuilder text = new StringBuilder();
        StringBuilder prose = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher fenceLine = FENCE.matcher(line);
            boolean code = fence != null;
            if (fence == null && fenceLine.matches()) {
                fence = fenceLine.group(1);
                code = true;
            } else if (fence != null && closes(fence, line)) {
                fence = null;
            } else if (fence == null && HEADING.matcher(line).matches()) {
                if (number > 0 || !text.toString().isBlank()) {
                    sections.add(new Section(number, heading, headingLine, text.toString(), prose.toString()));
                }
                number++;
                Matcher written = HEADING.matcher(line);
                written.matches();
                heading = written.group(1) + (written.group(2) == null ? "" : " " + written.group(2));
                headingLine = i + 1;
                text.setLength(0);
                prose.setLength(0);
            }
            text.append(line).append('\n');
            if (!code) {
                prose.append(line).append('\n');
            }
        }
        if (number > 0 || !text.toString().isBlank()) {
            sections.add(new Section(number, heading, headingLine, text.toString(), prose.toString()));
        }
        return sections;
    }

    /** Whether a line closes the fenced code block opened with {@code fence}: the same character, at least as many. */
    private static boolean closes(String fence, String line) {
        String stripped = line.strip();
        return stripped.length() >= fence.length() && stripped.chars().allMatch(c -> c == fence.charAt(0));
    }

    /** The record, by Japanese page. */
    static Map<Path, List<Recorded>> read(Path root) {
        Map<Path, List<Recorded>> record = new LinkedHashMap<>();
        Path file = root.resolve(RECORD);
        if (!Files.isRegularFile(file)) {
            return record;
        }
        for (String line : readString(file).lines().toList()) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            Matcher entry = LINE.matcher(line);
            if (!entry.matches()) {
                throw new IllegalStateException(RECORD + " has a line it cannot read: " + line
                        + " (record the page again: " + RECORD_COMMAND + " PAGE)");
            }
            record.computeIfAbsent(Path.of(entry.group(1)), page -> new ArrayList<>())
                    .add(new Recorded(
                            entry.group(1), Integer.parseInt(entry.group(2)), entry.group(3), entry.group(4)));
        }
        return record;
    }

    /** Everything the Japanese edition is behind the English pages in. */
    static List<Change> changes(Path root) {
        Map<Path, List<Recorded>> record = read(root);
        List<Change> changes = new ArrayList<>();
        for (Path japanese : japanesePages(root)) {
            Path english = englishOf(japanese);
            String again = " Then record it: " + RECORD_COMMAND + " " + slashes(japanese);
            if (!Files.isRegularFile(root.resolve(english))) {
                changes.add(new Change(
                        japanese,
                        english,
                        japanese + " translates " + english
                                + ", which does not exist. Remove or rename the Japanese page."));
                continue;
            }
            List<Recorded> recorded = record.getOrDefault(japanese, List.of());
            if (recorded.isEmpty()) {
                changes.add(new Change(
                        japanese,
                        english,
                        japanese + " has no record of the text of " + english + " it translates. Once it says what "
                                + english + " says now, record it: " + RECORD_COMMAND + " " + slashes(japanese)));
                continue;
            }
            List<Section> now = sections(readString(root.resolve(english)));
            List<Section> translation = sections(readString(root.resolve(japanese)));
            for (Section section : now) {
                Recorded then = recorded.stream()
                        .filter(r -> r.number() == section.number())
                        .findFirst()
                        .orElse(null);
                String japaneseSection = translation.stream()
                        .filter(s -> s.number() == section.number())
                        .map(s -> " (in Japanese: " + s.named() + ", line " + s.line() + ")")
                        .findFirst()
                        .orElse("");
                if (then == null) {
                    changes.add(new Change(
                            japanese,
                            english,
                            english + " has " + section.named() + " (line " + section.line() + "), which " + japanese
                                    + " does not translate yet. Translate it." + again));
                } else if (!then.fingerprint().equals(section.fingerprint())) {
                    changes.add(new Change(
                            japanese,
                            english,
                            english + " changed in " + section.named() + " (line " + section.line() + ") since "
                                    + japanese + " was translated from it" + japaneseSection
                                    + ". Bring the Japanese section up to date." + again));
                }
            }
            for (Recorded then : recorded) {
                if (now.stream().noneMatch(section -> section.number() == then.number())) {
                    changes.add(new Change(
                            japanese,
                            english,
                            english + " no longer has section " + then.number() + ", \"" + then.heading() + "\", which "
                                    + japanese + " translated. Remove it from the Japanese page too." + again));
                }
            }
        }
        return changes;
    }

    /** Records the pages as translations of their English pages as they are now. */
    static void record(Path root, List<Path> pages) throws IOException {
        Map<Path, List<Recorded>> record = read(root);
        for (Path page : pages) {
            Path english = englishOf(page);
            List<Recorded> sections = new ArrayList<>();
            for (Section section : sections(readString(root.resolve(english)))) {
                sections.add(new Recorded(
                        slashes(page),
                        section.number(),
                        section.fingerprint(),
                        section.number() == 0 ? "(top)" : section.heading()));
            }
            record.put(page, sections);
        }
        StringBuilder text = new StringBuilder(HEADER);
        record.keySet().stream()
                .sorted()
                .forEach(page -> record.get(page)
                        .forEach(entry -> text.append(entry.japanesePage())
                                .append(' ')
                                .append(entry.number())
                                .append(' ')
                                .append(entry.fingerprint())
                                .append(' ')
                                .append(entry.heading())
                                .append('\n')));
        Files.writeString(root.resolve(RECORD), text.toString());
    }

    /** {@code java TranslationRecord.java [docs/ja/PAGE.md ...]}: records the pages named, or lists what is out of date. */
    public static void main(String[] args) throws IOException {
        Path root = repoRoot(Path.of("").toAbsolutePath());
        if (args.length == 0) {
            List<Change> changes = changes(root);
            changes.forEach(change -> System.out.println(change.problem()));
            System.out.println(
                    changes.isEmpty()
                            ? "The Japanese edition is up to date with the English pages."
                            : changes.size() + " thing(s) to translate.");
            System.exit(changes.isEmpty() ? 0 : 1);
        }
        List<Path> pages = new ArrayList<>();
        for (String arg : args) {
            Path page = root.relativize(Path.of(arg).toAbsolutePath().normalize());
            if (!japanesePages(root).contains(page)) {
                System.err.println(
                        arg
                                + " is not a page of the Japanese edition that translates an English one (docs/ja/*.md; the glossary translates nothing).");
                System.exit(2);
            }
            pages.add(page);
        }
        record(root, pages);
        pages.forEach(page -> System.out.println(
                "Recorded " + slashes(page) + " as a translation of " + slashes(englishOf(page)) + " as it is now."));
    }

    /** The repository root at or above {@code start} (run as a single file, this program has no other class to ask). */
    static Path repoRoot(Path start) {
        for (Path dir = start; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with mvnw and docs/) above " + start);
    }

    private static String slashes(Path path) {
        return path.toString().replace('\\', '/');
    }

    private static String readString(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
