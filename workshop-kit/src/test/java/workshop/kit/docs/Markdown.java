package workshop.kit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the docs tests need to know about a Markdown file: its prose (code left out), headings, anchors. */
final class Markdown {
  private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern HTML_ANCHOR = Pattern.compile("<a\\s+(?:id|name)=\"([^\"]+)\"");

  final Path file;
  final List<String> lines;

  private Markdown(Path file, List<String> lines) {
    this.file = file;
    this.lines = lines;
  }

  static Markdown read(Path file) {
    try {
      return new Markdown(file, Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Line number (1-based) to text, for lines outside fenced code blocks. */
  Map<Integer, String> proseLines() {
    Map<Integer, String> prose = new java.util.LinkedHashMap<>();
    boolean inFence = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (line.strip().startsWith("```")) {
        inFence = !inFence;
        continue;
      }
      if (!inFence) {
        prose.put(i + 1, line);
      }
    }
    return prose;
  }

  /** Line number to text, for lines inside fenced code blocks of the given languages (any when empty). */
  Map<Integer, String> codeLines(Set<String> languages) {
    Map<Integer, String> code = new java.util.LinkedHashMap<>();
    boolean inFence = false;
    boolean wanted = false;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i).strip();
      if (line.startsWith("```")) {
        if (!inFence) {
          String language = line.substring(3).strip();
          wanted = languages.isEmpty() || languages.contains(language);
        }
        inFence = !inFence;
        continue;
      }
      if (inFence && wanted) {
        code.put(i + 1, lines.get(i));
      }
    }
    return code;
  }

  /** The anchors GitHub makes for this file's headings, plus explicit {@code <a id>} anchors. */
  Set<String> anchors() {
    Set<String> anchors = new LinkedHashSet<>();
    Map<String, Integer> seen = new HashMap<>();
    for (String line : proseLines().values()) {
      Matcher heading = HEADING.matcher(line);
      if (heading.matches()) {
        String slug = slug(heading.group(2));
        int count = seen.merge(slug, 1, Integer::sum);
        anchors.add(count == 1 ? slug : slug + "-" + (count - 1));
      }
      Matcher html = HTML_ANCHOR.matcher(line);
      while (html.find()) {
        anchors.add(html.group(1));
      }
    }
    return anchors;
  }

  /**
   * GitHub's heading anchor: the heading's text without Markdown, lower-cased, with everything but
   * letters, digits, spaces, hyphens and underscores removed, and each space turned into a hyphen.
   */
  static String slug(String headingText) {
    String text = headingText
        .replaceAll("!?\\[([^\\]]*)\\]\\([^)]*\\)", "$1") // links and images keep their text
        .replaceAll("<[^>]+>", "") // inline HTML
        .replace("`", "")
        .replace("*", "")
        .toLowerCase(Locale.ROOT);
    StringBuilder slug = new StringBuilder();
    text.codePoints().forEach(c -> {
      if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        slug.appendCodePoint(c);
      } else if (c == ' ') {
        slug.append('-');
      }
    });
    return slug.toString();
  }

  /** The inline code spans of a prose line. */
  static List<String> codeSpans(String line) {
    List<String> spans = new ArrayList<>();
    Matcher matcher = Pattern.compile("(`+)(.+?)\\1").matcher(line);
    while (matcher.find()) {
      spans.add(matcher.group(2).strip());
    }
    return spans;
  }

  /** The prose line with its inline code spans removed. */
  static String withoutCodeSpans(String line) {
    return line.replaceAll("(`+)(.+?)\\1", "");
  }
}
