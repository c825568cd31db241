package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * Everything the docs point at must exist: relative links and their #anchors (GitHub's anchor
 * rules), {@code ./workshop} subcommands and steps, Maven profiles and modules, repository paths
 * and classes in backticks, and the names of checks. Every task of the step manifest
 * ({@code workshop-kit/steps.yaml}) must link to a section that exists, and list its checks in its
 * chapter. The Markdown is read with commonmark-java ({@link Markdown}), so code is never taken for
 * prose nor prose for code.
 *
 * <p>Convention for check names: a list item that is nothing but a double-quoted sentence, e.g.
 * {@code - "A second GET of the same user is answered from the cache, with no DynamoDB read"},
 * names a check and must equal a {@code @DisplayName} in {@code workshop.kit.checks}.
 */
class DocsReferencesTest {
    private static final Pattern WORKSHOP_COMMAND = Pattern.compile("\\./workshop(?:\\s+([\\w-]+))?(?:\\s+([\\w-]+))?");
    private static final Pattern MVNW_COMMAND = Pattern.compile("\\./mvnw\\b[^`\\n]*");
    private static final Pattern PROFILE = Pattern.compile("\\s-P\\s*([\\w,!-]+)");
    private static final Pattern PROJECTS = Pattern.compile("\\s-pl\\s+([\\w,./-]+)");
    private static final Pattern DISPLAY_NAME = Pattern.compile("@DisplayName\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"\\s*\\)");
    private static final Pattern REPO_PATH = Pattern.compile("^\\.?[\\w.-]+(?:/[\\w.-]+)*/?$");
    private static final Pattern JAVA_CLASS =
            Pattern.compile("^workshop(?:\\.[a-z]\\w*)+\\.([A-Z]\\w*)(?:[#.][a-zA-Z_]\\w*(?:\\(\\))?)?$");

    private final Path root = DocsSnippets.repoRoot();
    private final List<Path> docs = DocsSnippets.markdownFiles(root);
    private final Steps manifest = Steps.load(root);

    @Test
    void relativeLinksAndAnchorsResolve() {
        List<String> broken = new ArrayList<>();
        int count = 0;
        for (Path doc : docs) {
            for (Markdown.Located link : Markdown.read(doc).links()) {
                count++;
                String problem = problemWithLink(doc, link.text());
                if (problem != null) {
                    broken.add(where(doc, link.line()) + ": " + link.text() + " -> " + problem);
                }
            }
        }
        assertThat(count).as("links in the docs").isPositive();
        assertThat(broken)
                .withFailMessage("Broken links:%n%s", String.join("\n", broken))
                .isEmpty();
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
        assertThat(broken)
                .withFailMessage("Task links in steps.yaml that do not resolve:%n%s", String.join("\n", broken))
                .isEmpty();
    }

    @Test
    void workshopCommandsExist() {
        Set<String> subcommands = workshopSubcommands();
        Set<String> steps = steps();
        List<String> unknown = new ArrayList<>();
        int count = 0;
        for (Path doc : docs) {
            for (Markdown.Located text : Markdown.read(doc).textAndCode()) {
                Matcher matcher = WORKSHOP_COMMAND.matcher(text.text());
                while (matcher.find()) {
                    String sub = matcher.group(1);
                    if (sub == null) {
                        continue; // the launcher itself
                    }
                    count++;
                    if (!subcommands.contains(sub)) {
                        unknown.add(where(doc, text.line()) + ": ./workshop " + sub + " (known: " + subcommands + ")");
                    }
                    String step = matcher.group(2);
                    if (step != null && step.matches("step-\\d+") && !steps.contains(step)) {
                        unknown.add(where(doc, text.line()) + ": ./workshop " + sub + " " + step + " (steps: " + steps
                                + ")");
                    }
                }
            }
        }
        assertThat(count).as("./workshop commands in the docs").isPositive();
        assertThat(subcommands).contains("check", "run", "progress");
        assertThat(unknown)
                .withFailMessage("Commands the workshop does not have:%n%s", String.join("\n", unknown))
                .isEmpty();
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
        int count = 0;
        for (Path doc : docs) {
            for (Markdown.Located text : Markdown.read(doc).textAndCode()) {
                int line = text.line();
                Matcher command = MVNW_COMMAND.matcher(text.text());
                while (command.find()) {
                    count++;
                    Matcher profile = PROFILE.matcher(command.group());
                    while (profile.find()) {
                        for (String name : profile.group(1).split(",")) {
                            if (!profiles.contains(name.replace("!", ""))) {
                                unknown.add(where(doc, line) + ": profile " + name + " (pom.xml has " + profiles + ")");
                            }
                        }
                    }
                    Matcher projects = PROJECTS.matcher(command.group());
                    while (projects.find()) {
                        for (String module : projects.group(1).split(",")) {
                            if (!Files.isRegularFile(root.resolve(module).resolve("pom.xml"))) {
                                unknown.add(where(doc, line) + ": -pl " + module + " is not a module");
                            }
                        }
                    }
                }
            }
        }
        assertThat(count).as("./mvnw commands in the docs").isPositive();
        assertThat(unknown)
                .withFailMessage("Maven options naming things that do not exist:%n%s", String.join("\n", unknown))
                .isEmpty();
    }

    /**
     * {@code ../mvnw} runs Maven inside a step module, where the step's own tests run: every such
     * command in the docs says which step module it runs in ({@code cd step-N-... && ../mvnw ...},
     * or a {@code cd step-N-...} line right above it), and that directory is a step module.
     */
    @Test
    void mavenInsideAStepNamesAStepModule() {
        Pattern inside = Pattern.compile("(?:^|[^.\\w])\\.\\./mvnw\\b");
        Pattern cd = Pattern.compile("\\bcd\\s+([\\w.-]+)/?\\s*(?:&&|;|$)");
        List<String> wrong = new ArrayList<>();
        int count = 0;
        for (Path doc : docs) {
            String previous = "";
            for (Markdown.Located text : Markdown.read(doc).textAndCode()) {
                if (inside.matcher(text.text()).find()) {
                    count++;
                    Matcher module = cd.matcher(text.text());
                    Matcher above = cd.matcher(previous);
                    String directory = module.find() ? module.group(1) : above.find() ? above.group(1) : null;
                    if (directory == null) {
                        wrong.add(where(doc, text.line()) + ": " + text.text().strip()
                                + " (in which step module? say cd step-N-... first)");
                    } else if (!Files.isRegularFile(root.resolve(directory).resolve("serverless.yml"))) {
                        wrong.add(where(doc, text.line()) + ": cd " + directory + " is not a step module");
                    }
                }
                previous = text.text();
            }
        }
        assertThat(count)
                .as("../mvnw commands in the docs (a step's own tests)")
                .isPositive();
        assertThat(wrong)
                .withFailMessage("../mvnw commands that do not run in a step module:%n%s", String.join("\n", wrong))
                .isEmpty();
    }

    @Test
    void pathsAndClassesInBackticksExist() {
        Set<String> topLevel = topLevelEntries();
        List<String> missing = new ArrayList<>();
        for (Path doc : docs) {
            for (Markdown.Located code : Markdown.read(doc).codeSpans()) {
                String span = code.text();
                String candidate = span.startsWith("./") ? span.substring(2) : span;
                if (REPO_PATH.matcher(candidate).matches()
                        && candidate.contains("/")
                        && topLevel.contains(candidate.split("/")[0])
                        && !candidate.contains("target/")
                        && !candidate.startsWith(
                                ".workshop/")) { // made by the tools on a learner's machine, git-ignored, like target/
                    if (!Files.exists(root.resolve(candidate))) {
                        missing.add(where(doc, code.line()) + ": `" + span + "`");
                    }
                } else if (REPO_PATH.matcher(candidate).matches()
                        && topLevel.contains(candidate.replaceAll("/$", ""))) {
                    continue; // a top-level file or folder: exists by construction
                }
                if (JAVA_CLASS.matcher(span).matches() && !classExists(span)) {
                    missing.add(where(doc, code.line()) + ": class `" + span + "`");
                }
            }
        }
        assertThat(missing)
                .withFailMessage("Paths and classes the docs name that do not exist:%n%s", String.join("\n", missing))
                .isEmpty();
    }

    @Test
    void quotedCheckNamesAreRealChecks() {
        Set<String> displayNames = displayNames();
        List<String> unknown = new ArrayList<>();
        int count = 0;
        for (Path doc : docs) {
            for (Markdown.Located name : Markdown.read(doc).quotedListItems()) {
                count++;
                if (!displayNames.contains(name.text())) {
                    unknown.add(where(doc, name.line()) + ": \"" + name.text() + "\"");
                }
            }
        }
        assertThat(count).as("check names quoted in the docs").isPositive();
        assertThat(unknown)
                .withFailMessage(
                        "Quoted check names with no such @DisplayName in workshop.kit.checks:%n%s",
                        String.join("\n", unknown))
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
            Set<String> listed = Markdown.read(chapter).quotedListItems().stream()
                    .map(Markdown.Located::text)
                    .collect(Collectors.toSet());
            for (String checkClass : step.tasks().stream()
                    .flatMap(task -> task.checks().stream())
                    .toList()) {
                Path checks =
                        root.resolve("workshop-kit/grading/src/main/java/workshop/kit/checks/" + checkClass + ".java");
                Matcher name = DISPLAY_NAME.matcher(read(checks));
                while (name.find()) {
                    String check = unescape(name.group(1));
                    if (!listed.contains(check)) {
                        unlisted.add(
                                root.relativize(chapter) + " does not list \"" + check + "\" (" + checkClass + ")");
                    }
                }
            }
        }
        assertThat(unlisted)
                .withFailMessage(
                        "Task checks missing from their chapter's Checks list:%n%s", String.join("\n", unlisted))
                .isEmpty();
    }

    @Test
    void chaptersAreChainedInOrder() {
        List<Path> chapters = docs.stream()
                .filter(p -> p.getParent().equals(root.resolve("docs"))
                        && p.getFileName().toString().matches("\\d\\d-.*\\.md"))
                .sorted()
                .toList();
        assertThat(chapters).as("numbered chapters in docs/").hasSizeGreaterThanOrEqualTo(6);
        Set<Path> fromIndex = linkedFiles(root.resolve("docs/README.md"));
        for (int i = 0; i < chapters.size(); i++) {
            Path chapter = chapters.get(i);
            assertThat(fromIndex)
                    .as("docs/README.md links to " + chapter.getFileName())
                    .contains(chapter);
            if (i + 1 < chapters.size()) {
                Path next = chapters.get(i + 1);
                assertThat(linkedFiles(chapter))
                        .as(chapter.getFileName() + " links to the next chapter, " + next.getFileName())
                        .contains(next);
            }
        }
        assertThat(fromIndex)
                .as("docs/README.md links to the instructor guide")
                .contains(root.resolve("docs/instructor-guide.md"));
    }

    @Test
    void anchorsFollowGitHubRules() {
        Markdown page = Markdown.parse(String.join(
                "\n",
                "# Task 1: Look up a membership",
                "## Bonus: a slow read must not undo a write",
                "## What `./workshop run` prints",
                "## Step 3 — write-aside (1800 s)",
                "## See [the checks](checks.md) <a id=\"by-hand\"></a>",
                "Checks",
                "------",
                "## Checks",
                "",
                "```bash",
                "# not a heading",
                "```",
                ""));
        assertThat(page.anchors())
                .containsExactly(
                        "task-1-look-up-a-membership",
                        "bonus-a-slow-read-must-not-undo-a-write",
                        "what-workshop-run-prints",
                        "step-3--write-aside-1800-s",
                        "see-the-checks",
                        "by-hand",
                        "checks",
                        "checks-1");
    }

    @Test
    void quotedListItemsAreReadAsWritten() {
        Markdown page = Markdown.parse(String.join(
                "\n",
                "Checks:",
                "",
                "- \"Entries are stored under the shared keys USER#<username> and ORG#<slug>\"",
                "- \"Every read stores its entry, \"not found\" included, with this step's TTL\"",
                "- \"A name long enough to wrap",
                "  onto a second line\"",
                "- Not a \"check\"",
                "",
                "```text",
                "- \"Not a list item: code\"",
                "```",
                ""));
        assertThat(page.quotedListItems())
                .containsExactly(
                        new Markdown.Located(
                                3, "Entries are stored under the shared keys USER#<username> and ORG#<slug>"),
                        new Markdown.Located(
                                4, "Every read stores its entry, \"not found\" included, with this step's TTL"),
                        new Markdown.Located(5, "A name long enough to wrap onto a second line"));
    }

    @Test
    void codeSpansAndLinksComeFromTheSyntaxTreeNotFromCode() {
        Markdown page = Markdown.parse(String.join(
                "\n",
                "Run ``./workshop check step-2`` and read [the guide](guide.md#top) or",
                "<a href=\"other.md\">this</a>. A `[link](in-code.md)` is code.",
                "",
                "```bash",
                "./mvnw -q verify -Pinstructor   # [not](a-link.md)",
                "```",
                ""));
        assertThat(page.codeSpans())
                .extracting(Markdown.Located::text)
                .containsExactly("./workshop check step-2", "[link](in-code.md)");
        assertThat(page.links())
                .containsExactly(new Markdown.Located(1, "guide.md#top"), new Markdown.Located(2, "other.md"));
        assertThat(page.textAndCode())
                .contains(new Markdown.Located(5, "./mvnw -q verify -Pinstructor   # [not](a-link.md)"));
    }

    /** Why a link does not resolve, or null when it does. */
    private String problemWithLink(Path from, String target) {
        if (target.matches("^[a-zA-Z][\\w+.-]*:.*")) {
            return null; // http:, https:, mailto: ... not checked here
        }
        String path = target.contains("#") ? target.substring(0, target.indexOf('#')) : target;
        String anchor = target.contains("#") ? target.substring(target.indexOf('#') + 1) : null;
        Path file = path.isEmpty()
                ? from
                : (path.startsWith("/")
                                ? root.resolve(path.substring(1))
                                : from.getParent().resolve(path))
                        .normalize();
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

    /** The Markdown files a page links to (anchors dropped), as absolute paths. */
    private Set<Path> linkedFiles(Path page) {
        return Markdown.read(page).links().stream()
                .map(link -> link.text().replaceAll("#.*", ""))
                .filter(target -> !target.isEmpty() && !target.matches("^[a-zA-Z][\\w+.-]*:.*"))
                .map(target -> page.getParent().resolve(target).normalize())
                .collect(Collectors.toSet());
    }

    /** Subcommands both the launcher script and the CLI know, plus the help flags. */
    private Set<String> workshopSubcommands() {
        Set<String> cli = new TreeSet<>(Set.of("help", "-h", "--help"));
        for (Path source : javaFiles("workshop-kit/cli", "src/main/java/workshop/kit")) {
            Matcher name =
                    Pattern.compile("@Command\\(\\s*name\\s*=\\s*\"([\\w-]+)\"").matcher(read(source));
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
        for (Path source : javaFiles("workshop-kit/grading", "src/main/java/workshop/kit/checks")) {
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
        String className = span.substring(
                0, span.indexOf(matcher.group(1)) + matcher.group(1).length());
        String relative = className.replace('.', '/') + ".java";
        try (Stream<Path> modules = Files.list(root)) {
            return modules.filter(Files::isDirectory)
                    .anyMatch(module -> Files.exists(
                                    module.resolve("src/main/java").resolve(relative))
                            || Files.exists(module.resolve("src/test/java").resolve(relative))
                            || Files.isDirectory(
                                    module.resolve("src/main/java").resolve(relative.replace(".java", ""))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Set<String> topLevelEntries() {
        try (Stream<Path> entries = Files.list(root)) {
            return entries.map(p -> p.getFileName().toString())
                    .filter(name -> !name.equals("target"))
                    .collect(Collectors.toSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Java files under {@code <module>/<under>}. */
    private List<Path> javaFiles(String module, String under) {
        Path dir = root.resolve(module).resolve(under);
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
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
