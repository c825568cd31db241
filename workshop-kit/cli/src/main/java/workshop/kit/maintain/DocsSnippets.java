package workshop.kit.maintain;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workshop.kit.code.PristineStarters;

/**
 * Code shown in docs/ comes from the sources. A source file marks a region with comment lines
 *
 * <pre>
 *   // region read-aside
 *   ...
 *   // endregion
 * </pre>
 *
 * and a page puts {@code <!-- include: path/from/repo/root.java#read-aside -->} on the line right
 * before a {@code ```java} fence. The fence must hold the region's lines, with their common
 * indentation removed (region marker lines inside a region are left out).
 *
 * <p>Where the region is read from: a file of a step module (a top-level directory with a {@code
 * serverless.yml}, such as {@code step-2-read-aside/}) is read as the workshop ships it, the
 * pristine starter recorded in {@code workshop-kit/pristine-starters.txt}, never from the working
 * copy, which is the learner's to edit. Every other file ({@code account-service/}, {@code
 * solutions/}) is read as it is. So a learner's edits can neither break the docs tests nor be
 * written into the docs: a starter git cannot give is reported, and its snippet left as it is.
 *
 * <p>The docs tests fail when a fence and its region differ. To re-sync every fence after changing
 * the code, run {@code ./workshop sync} (after changing a starter on purpose, {@code ./workshop sync
 * --record-starters}, which records the starters first). The step modules' files are read through
 * {@link PristineStarters}, as every other tool reads the starters as shipped.
 */
public final class DocsSnippets {
    public static final Pattern INCLUDE = Pattern.compile("^\\s*<!--\\s*include:\\s*([^#\\s]+)#([\\w.-]+)\\s*-->\\s*$");
    private static final Pattern REGION = Pattern.compile("^\\s*//\\s*region\\s+([\\w.-]+)\\s*$");
    private static final Pattern END_REGION = Pattern.compile("^\\s*//\\s*endregion\\b.*$");

    /** The command that re-syncs the snippets, and the one that records changed starters first. */
    public static final String RESYNC = "./workshop sync";

    public static final String RECORD_STARTERS = "./workshop sync --record-starters";

    /** The content of a recorded starter file as shipped, or empty when it cannot be had. */
    @FunctionalInterface
    public interface ShippedStarters {
        Optional<byte[]> content(Path file);
    }

    /** One include marker, what its fence shows, and what the region holds (null when the region is missing). */
    public record Include(
            Path doc, int line, String source, String region, String shown, String expected, String problem) {
        public boolean upToDate() {
            return problem == null && expected != null && expected.equals(shown);
        }

        public String where() {
            return doc.getFileName() + ":" + line + " (" + source + "#" + region + ")";
        }
    }

    /** A source file's text, or why it cannot be shown. */
    record SourceText(String text, String problem) {}

    /** What one sync of the docs' snippets found: how many, which were out of date, which cannot be shown. */
    public record Report(int snippets, List<Include> outOfDate, List<Include> problems, List<Path> editedStarters) {}

    /**
     * Reads the files that includes name: a step module's file as the workshop ships it (through
     * {@code shipped}), every other file from the working copy.
     */
    public static final class Sources {
        private final Path root;
        private final List<Path> recorded;
        private final ShippedStarters shipped;

        public Sources(Path root, ShippedStarters shipped) {
            this.root = root;
            this.recorded = PristineStarters.of(root).files();
            this.shipped = shipped;
        }

        /** The step modules' files as the workshop ships them, every other file as it is. */
        public static Sources shipped(Path root) {
            return new Sources(root, PristineStarters.of(root)::content);
        }

        public Path root() {
            return root;
        }

        SourceText read(String source) {
            Path file = Path.of(source).normalize();
            if (file.isAbsolute() || file.startsWith("..")) {
                return new SourceText(null, "the path must be relative to the repository root: " + source);
            }
            if (inStepModule(root, file)) {
                if (!recorded.contains(file)) {
                    return new SourceText(
                            null,
                            source + " is in a step module, whose code the docs show as shipped, but it is not"
                                    + " a recorded starter in " + PristineStarters.LIST
                                    + ". If it is a new starter file, record it: " + RECORD_STARTERS);
                }
                return shipped.content(file)
                        .map(bytes -> new SourceText(new String(bytes, StandardCharsets.UTF_8), null))
                        .orElseGet(() -> new SourceText(
                                null,
                                "cannot read the starter " + source + " as shipped: its working copy was"
                                        + " changed and git cannot give the original (no git, or no history). The docs keep what they show;"
                                        + " run this in a git clone of the workshop."));
            }
            Path onDisk = root.resolve(file);
            if (!Files.isRegularFile(onDisk)) {
                return new SourceText(null, "no such file: " + source);
            }
            try {
                return new SourceText(Files.readString(onDisk), null);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private DocsSnippets() {}

    /**
     * Checks every snippet of the docs under {@code root} against its region and, with {@code write},
     * re-syncs those out of date. A snippet whose source cannot be read as shipped is left as it is.
     */
    public static Report sync(Path root, boolean write) {
        Sources sources = Sources.shipped(root);
        List<Include> outOfDate = new ArrayList<>();
        List<Include> problems = new ArrayList<>();
        int total = 0;
        for (Path doc : markdownFiles(root)) {
            List<Include> includes = includes(sources, doc);
            total += includes.size();
            includes.stream().filter(include -> include.problem() != null).forEach(problems::add);
            includes.stream()
                    .filter(include -> include.problem() == null && !include.upToDate())
                    .forEach(outOfDate::add);
            if (write) {
                try {
                    String before = Files.readString(doc);
                    String after = rewrite(sources, before);
                    if (!after.equals(before)) {
                        Files.writeString(doc, after);
                    }
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new Report(total, outOfDate, problems, PristineStarters.of(root).editedFiles());
    }

    /** The directory holding {@code mvnw}, found by walking up from {@code start}. */
    public static Path repoRoot(Path start) {
        for (Path dir = start.toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve("mvnw")) && Files.isDirectory(dir.resolve("docs"))) {
                return dir;
            }
        }
        throw new IllegalStateException("No repository root (a directory with mvnw and docs/) above " + start);
    }

    public static Path repoRoot() {
        return repoRoot(Path.of("").toAbsolutePath());
    }

    /** Every Markdown file of the docs, plus the README and the contributors' guide at the root. */
    public static List<Path> markdownFiles(Path root) {
        List<Path> files = new ArrayList<>();
        files.add(root.resolve("README.md"));
        if (Files.isRegularFile(root.resolve("CONTRIBUTING.md"))) {
            files.add(root.resolve("CONTRIBUTING.md"));
        }
        try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /**
     * Whether a file (relative to the root) belongs to a step module: a top-level directory with a
     * {@code serverless.yml}, the same rule StarterRecord uses to choose what it records.
     */
    public static boolean inStepModule(Path root, Path file) {
        return file.getNameCount() > 1
                && Files.isRegularFile(root.resolve(file.getName(0)).resolve("serverless.yml"));
    }

    /** The named regions of a source text, each with its common indentation removed. */
    public static Map<String, String> regions(String source, String text) {
        List<String> lines = text.lines().toList();
        Map<String, List<String>> open = new LinkedHashMap<>();
        Deque<String> stack = new ArrayDeque<>();
        Map<String, String> done = new LinkedHashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            Matcher region = REGION.matcher(line);
            if (region.matches()) {
                String name = region.group(1);
                if (open.containsKey(name) || done.containsKey(name)) {
                    throw new IllegalStateException(source + ":" + (i + 1) + ": region '" + name + "' appears twice");
                }
                open.put(name, new ArrayList<>());
                stack.push(name);
                continue;
            }
            if (END_REGION.matcher(line).matches()) {
                if (stack.isEmpty()) {
                    throw new IllegalStateException(source + ":" + (i + 1) + ": '// endregion' with no open region");
                }
                String name = stack.pop();
                done.put(name, stripIndent(open.remove(name)));
                continue;
            }
            for (List<String> body : open.values()) {
                body.add(line);
            }
        }
        if (!stack.isEmpty()) {
            throw new IllegalStateException(source + ": region '" + stack.peek() + "' is never closed");
        }
        return done;
    }

    /** Removes the indentation all non-blank lines share, and leading and trailing blank lines. */
    public static String stripIndent(List<String> lines) {
        int from = 0;
        int to = lines.size();
        while (from < to && lines.get(from).isBlank()) from++;
        while (to > from && lines.get(to - 1).isBlank()) to--;
        List<String> body = lines.subList(from, to);
        int indent = body.stream()
                .filter(l -> !l.isBlank())
                .mapToInt(l -> l.length() - l.stripLeading().length())
                .min()
                .orElse(0);
        StringBuilder out = new StringBuilder();
        for (String line : body) {
            out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing())
                    .append('\n');
        }
        return out.toString();
    }

    /** The include markers of one Markdown file, each with its fence's text and its region's. */
    public static List<Include> includes(Sources sources, Path doc) {
        List<String> lines;
        try {
            lines = Files.readAllLines(doc);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<Include> found = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = INCLUDE.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            String source = marker.group(1);
            String region = marker.group(2);
            Fence fence = fenceAfter(lines, i);
            String problem = null;
            String expected = null;
            if (fence == null) {
                problem = "the include marker must be followed at once by a ```java fence";
            } else {
                try {
                    SourceText text = sources.read(source);
                    problem = text.problem();
                    if (problem == null) {
                        expected = regions(source, text.text()).get(region);
                        if (expected == null) {
                            problem = "no '// region " + region + "' in " + source;
                        }
                    }
                } catch (IllegalStateException e) {
                    problem = e.getMessage();
                }
            }
            found.add(new Include(doc, i + 1, source, region, fence == null ? null : fence.text(), expected, problem));
        }
        return found;
    }

    private record Fence(int open, int close, String text) {}

    /** The ```java fence starting on the line after {@code marker}, or null. */
    private static Fence fenceAfter(List<String> lines, int marker) {
        int open = marker + 1;
        if (open >= lines.size() || !lines.get(open).strip().equals("```java")) {
            return null;
        }
        for (int close = open + 1; close < lines.size(); close++) {
            if (lines.get(close).strip().equals("```")) {
                return new Fence(open, close, stripIndent(lines.subList(open + 1, close)));
            }
        }
        return null;
    }

    /**
     * The Markdown text with every included fence replaced by its region's text, read from {@code
     * sources}. A fence whose source cannot be read (a starter git cannot give) is left as it is.
     */
    public static String rewrite(Sources sources, String markdown) {
        List<String> lines = new ArrayList<>(markdown.lines().toList());
        for (int i = 0; i < lines.size(); i++) {
            Matcher marker = INCLUDE.matcher(lines.get(i));
            if (!marker.matches()) {
                continue;
            }
            Fence fence = fenceAfter(lines, i);
            if (fence == null) {
                continue;
            }
            SourceText text = sources.read(marker.group(1));
            if (text.problem() != null) {
                continue;
            }
            String region = regions(marker.group(1), text.text()).get(marker.group(2));
            if (region == null) {
                continue;
            }
            List<String> replacement = region.lines().toList();
            for (int j = fence.close() - 1; j > fence.open(); j--) {
                lines.remove(j);
            }
            lines.addAll(fence.open() + 1, replacement);
        }
        return String.join("\n", lines) + (markdown.endsWith("\n") ? "\n" : "");
    }
}
