package workshop.kit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Code shown in docs/ comes from the sources. A source file marks a region with comment lines
 *
 * <pre>
 *   // region read-aside
 *   ...
 *   // endregion
 * </pre>
 *
 * and a chapter puts {@code <!-- include: path/from/repo/root.java#read-aside -->} on the line right
 * before a {@code ```java} fence. The fence must hold the region's lines, with their common
 * indentation removed (region marker lines inside a region are left out).
 *
 * <p>{@code DocsSnippetsTest} fails when a fence and its region differ. To re-sync every fence
 * after changing the code, run from the repository root (plain JDK, no build needed):
 *
 * <pre>
 *   java workshop-kit/src/test/java/workshop/kit/docs/DocsSnippets.java --write
 * </pre>
 *
 * Without {@code --write} it only lists what is out of date and exits 1 if anything is.
 */
public final class DocsSnippets {
  static final Pattern INCLUDE = Pattern.compile("^\\s*<!--\\s*include:\\s*([^#\\s]+)#([\\w.-]+)\\s*-->\\s*$");
  private static final Pattern REGION = Pattern.compile("^\\s*//\\s*region\\s+([\\w.-]+)\\s*$");
  private static final Pattern END_REGION = Pattern.compile("^\\s*//\\s*endregion\\b.*$");

  /** One include marker, what its fence shows, and what the region holds (null when the region is missing). */
  public record Include(Path doc, int line, String source, String region, String shown, String expected, String problem) {
    public boolean upToDate() {
      return problem == null && expected != null && expected.equals(shown);
    }

    public String where() {
      return doc.getFileName() + ":" + line + " (" + source + "#" + region + ")";
    }
  }

  private DocsSnippets() {}

  public static void main(String[] args) throws IOException {
    boolean write = List.of(args).contains("--write");
    Path root = repoRoot(Path.of("").toAbsolutePath());
    List<Include> stale = new ArrayList<>();
    int total = 0;
    for (Path doc : markdownFiles(root)) {
      List<Include> includes = includes(root, doc);
      total += includes.size();
      for (Include include : includes) {
        if (include.problem() != null) {
          System.err.println(include.where() + ": " + include.problem());
          stale.add(include);
        } else if (!include.upToDate()) {
          System.out.println((write ? "updated " : "out of date: ") + include.where());
          stale.add(include);
        }
      }
      if (write) {
        String before = Files.readString(doc);
        String after = rewrite(root, before);
        if (!after.equals(before)) {
          Files.writeString(doc, after);
        }
      }
    }
    System.out.println(total + " snippet(s) checked, " + stale.size() + (write ? " re-synced." : " out of date."));
    boolean problems = stale.stream().anyMatch(include -> include.problem() != null);
    System.exit(problems || (!write && !stale.isEmpty()) ? 1 : 0);
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

  /** Every Markdown file of the docs, plus the README at the root. */
  public static List<Path> markdownFiles(Path root) {
    List<Path> files = new ArrayList<>();
    files.add(root.resolve("README.md"));
    try (Stream<Path> docs = Files.walk(root.resolve("docs"))) {
      docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  /** The named regions of a source file, each with its common indentation removed. */
  public static Map<String, String> regions(Path source) {
    List<String> lines;
    try {
      lines = Files.readAllLines(source);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
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
    int indent =
        body.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
    StringBuilder out = new StringBuilder();
    for (String line : body) {
      out.append(line.isBlank() ? "" : line.substring(indent).stripTrailing()).append('\n');
    }
    return out.toString();
  }

  /** The include markers of one Markdown file, each with its fence's text and its region's. */
  public static List<Include> includes(Path root, Path doc) {
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
      Path sourceFile = root.resolve(source);
      if (fence == null) {
        problem = "the include marker must be followed at once by a ```java fence";
      } else if (!Files.isRegularFile(sourceFile)) {
        problem = "no such file: " + source;
      } else {
        try {
          expected = regions(sourceFile).get(region);
          if (expected == null) {
            problem = "no '// region " + region + "' in " + source;
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

  /** The Markdown text with every included fence replaced by its region's current text. */
  static String rewrite(Path root, String markdown) {
    List<String> lines = new ArrayList<>(markdown.lines().toList());
    for (int i = 0; i < lines.size(); i++) {
      Matcher marker = INCLUDE.matcher(lines.get(i));
      if (!marker.matches()) {
        continue;
      }
      Fence fence = fenceAfter(lines, i);
      Path sourceFile = root.resolve(marker.group(1));
      if (fence == null || !Files.isRegularFile(sourceFile)) {
        continue;
      }
      String region = regions(sourceFile).get(marker.group(2));
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
