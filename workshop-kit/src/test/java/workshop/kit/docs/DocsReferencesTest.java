package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * Everything the docs point at must exist: relative links and their #anchors (GitHub's anchor
 * rules), {@code ./workshop} subcommands and steps, Maven profiles and modules, repository paths
 * and classes in backticks, and the names of checks. The checks' own links into the docs
 * ({@code @Task(docs = ...)}) must resolve too.
 *
 * <p>Convention for check names: a list item that is nothing but a double-quoted sentence, e.g.
 * {@code - "A second GET of the same user is answered from the cache, with no DynamoDB read"},
 * names a check and must equal a {@code @DisplayName} in {@code workshop.kit.checks}.
 */
class DocsReferencesTest {
  private static final Pattern LINK = Pattern.compile("!?\\[[^\\]]*\\]\\(\\s*<?([^)\\s>]+)>?(?:\\s+\"[^\"]*\")?\\s*\\)");
  private static final Pattern HTML_LINK = Pattern.compile("(?:href|src)=\"([^\"]+)\"");
  private static final Pattern WORKSHOP_COMMAND = Pattern.compile("\\./workshop(?:\\s+([\\w-]+))?(?:\\s+([\\w-]+))?");
  private static final Pattern MVNW_COMMAND = Pattern.compile("\\./mvnw\\b[^`\\n]*");
  private static final Pattern PROFILE = Pattern.compile("\\s-P\\s*([\\w,!-]+)");
  private static final Pattern PROJECTS = Pattern.compile("\\s-pl\\s+([\\w,./-]+)");
  private static final Pattern CHECK_NAME = Pattern.compile("^\\s*[-*]\\s+\"(.+)\"\\s*$");
  private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
  private static final Pattern REPO_PATH = Pattern.compile("^\\.?[\\w.-]+(?:/[\\w.-]+)*/?$");
  private static final Pattern JAVA_CLASS = Pattern.compile("^workshop(?:\\.[a-z]\\w*)+\\.([A-Z]\\w*)(?:[#.][a-zA-Z_]\\w*(?:\\(\\))?)?$");

  private final Path root = DocsSnippets.repoRoot();
  private final List<Path> docs = DocsSnippets.markdownFiles(root);
  private final Steps manifest = Steps.load(root);

  @Test
  void relativeLinksAndAnchorsResolve() {
    List<String> broken = new ArrayList<>();
    for (Path doc : docs) {
      Markdown markdown = Markdown.read(doc);
      markdown.proseLines().forEach((line, text) -> {
        String prose = Markdown.withoutCodeSpans(text);
        for (Pattern pattern : List.of(LINK, HTML_LINK)) {
          Matcher matcher = pattern.matcher(prose);
          while (matcher.find()) {
            String problem = problemWithLink(doc, matcher.group(1));
            if (problem != null) {
              broken.add(where(doc, line) + ": " + matcher.group(1) + " -> " + problem);
            }
          }
        }
      });
    }
    assertThat(broken).withFailMessage("Broken links:%n%s", String.join("\n", broken)).isEmpty();
  }

  @Test
  void everyTaskOfTheManifestLinksToADocsSectionThatExists() {
    List<String> broken = new ArrayList<>();
    int count = 0;
    for (Step step : manifest.all()) {
      for (Task task : step.tasks()) {
        count++;
        String problem = problemWithLink(root.resolve("README.md"), step.docsOf(task));
        if (problem != null) {
          broken.add(step.name() + " " + task.id() + ": " + step.docsOf(task) + " -> " + problem);
        }
      }
    }
    assertThat(count).as("tasks in workshop-kit/steps.yaml").isPositive();
    assertThat(broken).withFailMessage("Task links in steps.yaml that do not resolve:%n%s", String.join("\n", broken)).isEmpty();
  }

  @Test
  void workshopCommandsExist() {
    Set<String> subcommands = workshopSubcommands();
    Set<String> steps = steps();
    List<String> unknown = new ArrayList<>();
    for (Path doc : docs) {
      Markdown.read(doc).lines.forEach(new java.util.function.Consumer<>() {
        int line = 0;

        @Override
        public void accept(String text) {
          line++;
          Matcher matcher = WORKSHOP_COMMAND.matcher(text);
          while (matcher.find()) {
            String sub = matcher.group(1);
            if (sub == null) {
              continue; // the launcher itself
            }
            if (!subcommands.contains(sub)) {
              unknown.add(where(doc, line) + ": ./workshop " + sub + " (known: " + subcommands + ")");
            }
            String step = matcher.group(2);
            if (step != null && step.matches("step-\\d+") && !steps.contains(step)) {
              unknown.add(where(doc, line) + ": ./workshop " + sub + " " + step + " (steps: " + steps + ")");
            }
          }
        }
      });
    }
    assertThat(subcommands).contains("check", "run", "progress");
    assertThat(unknown).withFailMessage("Commands the workshop does not have:%n%s", String.join("\n", unknown)).isEmpty();
  }

  @Test
  void mavenProfilesAndModulesExist() {
    String pom = read(root.resolve("pom.xml"));
    Set<String> profiles = new HashSet<>();
    Matcher id = Pattern.compile("<profile>\\s*<id>([^<]+)</id>").matcher(pom);
    while (id.find()) {
      profiles.add(id.group(1));
    }
    List<String> unknown = new ArrayList<>();
    for (Path doc : docs) {
      List<String> lines = Markdown.read(doc).lines;
      for (int i = 0; i < lines.size(); i++) {
        Matcher command = MVNW_COMMAND.matcher(lines.get(i));
        while (command.find()) {
          Matcher profile = PROFILE.matcher(command.group());
          while (profile.find()) {
            for (String name : profile.group(1).split(",")) {
              if (!profiles.contains(name.replace("!", ""))) {
                unknown.add(where(doc, i + 1) + ": profile " + name + " (pom.xml has " + profiles + ")");
              }
            }
          }
          Matcher projects = PROJECTS.matcher(command.group());
          while (projects.find()) {
            for (String module : projects.group(1).split(",")) {
              if (!Files.isRegularFile(root.resolve(module).resolve("pom.xml"))) {
                unknown.add(where(doc, i + 1) + ": -pl " + module + " is not a module");
              }
            }
          }
        }
      }
    }
    assertThat(unknown).withFailMessage("Maven options naming things that do not exist:%n%s", String.join("\n", unknown)).isEmpty();
  }

  @Test
  void pathsAndClassesInBackticksExist() {
    Set<String> topLevel = topLevelEntries();
    List<String> missing = new ArrayList<>();
    for (Path doc : docs) {
      Markdown.read(doc).proseLines().forEach((line, text) -> {
        for (String span : Markdown.codeSpans(text)) {
          String candidate = span.startsWith("./") ? span.substring(2) : span;
          if (REPO_PATH.matcher(candidate).matches() && candidate.contains("/")
              && topLevel.contains(candidate.split("/")[0])
              && !candidate.contains("target/")) {
            if (!Files.exists(root.resolve(candidate))) {
              missing.add(where(doc, line) + ": `" + span + "`");
            }
          } else if (REPO_PATH.matcher(candidate).matches() && topLevel.contains(candidate.replaceAll("/$", ""))) {
            continue; // a top-level file or folder: exists by construction
          }
          Matcher javaClass = JAVA_CLASS.matcher(span);
          if (javaClass.matches() && !classExists(span)) {
            missing.add(where(doc, line) + ": class `" + span + "`");
          }
        }
      });
    }
    assertThat(missing).withFailMessage("Paths and classes the docs name that do not exist:%n%s", String.join("\n", missing)).isEmpty();
  }

  @Test
  void quotedCheckNamesAreRealChecks() {
    Set<String> displayNames = displayNames();
    List<String> unknown = new ArrayList<>();
    int count = 0;
    for (Path doc : docs) {
      for (Map.Entry<Integer, String> line : Markdown.read(doc).proseLines().entrySet()) {
        Matcher matcher = CHECK_NAME.matcher(line.getValue());
        if (matcher.matches()) {
          count++;
          if (!displayNames.contains(matcher.group(1))) {
            unknown.add(where(doc, line.getKey()) + ": \"" + matcher.group(1) + "\"");
          }
        }
      }
    }
    assertThat(count).as("check names quoted in the docs").isPositive();
    assertThat(unknown)
        .withFailMessage("Quoted check names with no such @DisplayName in workshop.kit.checks:%n%s", String.join("\n", unknown))
        .isEmpty();
  }

  @Test
  void everyTaskCheckIsListedInItsChapter() {
    List<String> unlisted = new ArrayList<>();
    for (Step step : manifest.all()) {
      Path chapter = root.resolve(step.chapter());
      if (!Files.isRegularFile(chapter)) {
        continue; // reported by everyTaskOfTheManifestLinksToADocsSectionThatExists
      }
      String chapterText = read(chapter);
      for (String checkClass : step.tasks().stream().flatMap(task -> task.checks().stream()).toList()) {
        Path checks = root.resolve("workshop-kit/src/main/java/workshop/kit/checks/" + checkClass + ".java");
        Matcher name = DISPLAY_NAME.matcher(read(checks));
        while (name.find()) {
          String check = unescape(name.group(1));
          if (!chapterText.contains("- \"" + check + "\"")) {
            unlisted.add(root.relativize(chapter) + " does not list \"" + check + "\" (" + checkClass + ")");
          }
        }
      }
    }
    assertThat(unlisted).withFailMessage("Task checks missing from their chapter's Checks list:%n%s", String.join("\n", unlisted)).isEmpty();
  }

  @Test
  void chaptersAreChainedInOrder() {
    List<Path> chapters = docs.stream()
        .filter(p -> p.getParent().equals(root.resolve("docs")) && p.getFileName().toString().matches("\\d\\d-.*\\.md"))
        .sorted()
        .toList();
    assertThat(chapters).as("numbered chapters in docs/").hasSizeGreaterThanOrEqualTo(6);
    String index = read(root.resolve("docs/README.md"));
    for (int i = 0; i < chapters.size(); i++) {
      String name = chapters.get(i).getFileName().toString();
      assertThat(index).as("docs/README.md links to " + name).contains("(" + name);
      if (i + 1 < chapters.size()) {
        String next = chapters.get(i + 1).getFileName().toString();
        assertThat(read(chapters.get(i))).as(name + " links to the next chapter, " + next).contains("(" + next);
      }
    }
    assertThat(index).as("docs/README.md links to the instructor guide").contains("(instructor-guide.md");
  }

  @Test
  void anchorsFollowGitHubRules() {
    assertThat(Markdown.slug("Task 1: Look up a membership")).isEqualTo("task-1-look-up-a-membership");
    assertThat(Markdown.slug("Bonus: a slow read must not undo a write")).isEqualTo("bonus-a-slow-read-must-not-undo-a-write");
    assertThat(Markdown.slug("What `./workshop run` prints")).isEqualTo("what-workshop-run-prints");
    assertThat(Markdown.slug("Step 3 — write-aside (1800 s)")).isEqualTo("step-3--write-aside-1800-s");
  }

  /** Why a link does not resolve, or null when it does. */
  private String problemWithLink(Path from, String target) {
    if (target.matches("^[a-zA-Z][\\w+.-]*:.*")) {
      return null; // http:, https:, mailto: ... not checked here
    }
    String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
    String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
    Path file = path.isEmpty() ? from : (path.startsWith("/") ? root.resolve(path.substring(1)) : from.getParent().resolve(path)).normalize();
    if (!file.startsWith(root)) {
      return "points outside the repository";
    }
    if (!Files.exists(file)) {
      return "no such file " + root.relativize(file);
    }
    if (anchor != null && !anchor.isEmpty()) {
      if (!file.toString().endsWith(".md")) {
        return null; // line anchors in source files: GitHub's own
      }
      Set<String> anchors = Markdown.read(file).anchors();
      if (!anchors.contains(anchor)) {
        return "no heading with anchor #" + anchor + " in " + root.relativize(file);
      }
    }
    return null;
  }

  /** Subcommands both the launcher script and the CLI know, plus the help flags. */
  private Set<String> workshopSubcommands() {
    Set<String> cli = new TreeSet<>(Set.of("help", "-h", "--help"));
    for (Path source : javaFiles("workshop-kit", "src/main/java/workshop/kit/cli")) {
      Matcher name = Pattern.compile("@Command\\(\\s*name\\s*=\\s*\"([\\w-]+)\"").matcher(read(source));
      while (name.find()) {
        cli.add(name.group(1));
      }
    }
    return cli;
  }

  private Set<String> steps() {
    return manifest.all().stream().map(Step::name).collect(Collectors.toCollection(TreeSet::new));
  }

  private Set<String> displayNames() {
    Set<String> names = new TreeSet<>();
    for (Path source : javaFiles("workshop-kit", "src/main/java/workshop/kit/checks")) {
      Matcher matcher = DISPLAY_NAME.matcher(read(source));
      while (matcher.find()) {
        names.add(unescape(matcher.group(1)));
      }
    }
    return names;
  }

  private static String unescape(String javaString) {
    return javaString.replace("\\\"", "\"").replace("\\\\", "\\");
  }

  private boolean classExists(String span) {
    Matcher matcher = JAVA_CLASS.matcher(span);
    matcher.matches();
    String className = span.substring(0, span.indexOf(matcher.group(1)) + matcher.group(1).length());
    String relative = className.replace('.', '/') + ".java";
    try (Stream<Path> modules = Files.list(root)) {
      return modules.filter(Files::isDirectory).anyMatch(module ->
          Files.exists(module.resolve("src/main/java").resolve(relative))
              || Files.exists(module.resolve("src/test/java").resolve(relative))
              || Files.isDirectory(module.resolve("src/main/java").resolve(relative.replace(".java", ""))));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Set<String> topLevelEntries() {
    try (Stream<Path> entries = Files.list(root)) {
      return entries.map(p -> p.getFileName().toString()).filter(name -> !name.equals("target")).collect(Collectors.toSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Java files under {@code <module>/<under>} of every top-level module whose name starts with {@code modulePrefix}. */
  private List<Path> javaFiles(String modulePrefix, String under) {
    try (Stream<Path> modules = Files.list(root)) {
      List<Path> files = new ArrayList<>();
      for (Path module : modules.filter(p -> p.getFileName().toString().startsWith(modulePrefix)).sorted().toList()) {
        Path dir = module.resolve(under);
        if (Files.isDirectory(dir)) {
          try (Stream<Path> walk = Files.walk(dir)) {
            walk.filter(p -> p.toString().endsWith(".java")).sorted().forEach(files::add);
          }
        }
      }
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private String where(Path doc, int line) {
    return root.relativize(doc) + ":" + line;
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
