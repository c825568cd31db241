package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.code.PristineStarters;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * Every code fence in the docs that names a source region shows that region exactly, so the docs
 * cannot drift from the code. A step module's regions are read from the starter as shipped
 * ({@link PristineStarters}), never from the working copy: a learner's edits must neither fail
 * this test nor ever be written into the docs. Re-sync, from the repository root, with
 * {@code ./workshop sync}.
 */
class DocsSnippetsTest {

    private final Path root = DocsSnippets.repoRoot();

    @Test
    void everyIncludedSnippetEqualsItsRegion() {
        List<String> problems = problems(shippedSources(root));
        assertThat(problems)
                .withFailMessage(
                        "Snippets out of date. Re-sync them, from the repository root: %s%n"
                                + "(After changing a starter on purpose, record it first: %s)%n%n%s",
                        DocsSnippets.RESYNC, DocsSnippets.RECORD_STARTERS, String.join("\n\n", problems))
                .isEmpty();
    }

    @Test
    void everyJavaFenceInTheDocsComesFromASource() {
        DocsSnippets.Sources sources = shippedSources(root);
        List<String> loose = new ArrayList<>();
        int count = 0;
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            Map<Integer, DocsSnippets.Include> includesByMarkerLine = new HashMap<>();
            DocsSnippets.includes(sources, doc).forEach(include -> includesByMarkerLine.put(include.line(), include));
            for (Markdown.Fence fence : Markdown.read(doc).fences("java")) {
                count++;
                String where = root.relativize(doc) + ":" + fence.line();
                DocsSnippets.Include include = includesByMarkerLine.get(fence.line() - 1);
                if (fence.htmlRightBefore() == null
                        || !DocsSnippets.INCLUDE
                                .matcher(fence.htmlRightBefore())
                                .matches()) {
                    loose.add(where + ": no include marker right before the fence");
                } else if (include == null
                        || !DocsSnippets.stripIndent(fence.literal().lines().toList())
                                .equals(include.shown())) {
                    // The re-sync program finds fences line by line; it must see the fence a Markdown reader sees.
                    loose.add(where + ": the re-sync program does not see this fence as Markdown does");
                }
            }
        }
        assertThat(count).as("```java fences in the docs").isPositive();
        assertThat(loose)
                .withFailMessage("```java fences that do not come from a source region:%n%s", String.join("\n", loose))
                .isEmpty();
    }

    @Test
    void regionsAreExtractedWithoutCommonIndentation() {
        assertThat(DocsSnippets.stripIndent(List.of("", "    int a;", "      int b;", "", "    int c;", "")))
                .isEqualTo("int a;\n  int b;\n\nint c;\n");
    }

    @Test
    void everyStepModuleIsReadAsShippedAndNothingElseIs() {
        for (Step step : Steps.load(root).all()) {
            assertThat(DocsSnippets.inStepModule(root, Path.of(step.module(), "src/main/java/Any.java")))
                    .as("%s counts as a step module", step.module())
                    .isTrue();
            assertThat(DocsSnippets.inStepModule(root, Path.of("solutions", step.module(), "src/main/java/Any.java")))
                    .as("solutions/%s is not a step module", step.module())
                    .isFalse();
        }
        assertThat(DocsSnippets.inStepModule(root, Path.of("account-service/src/main/java/Any.java")))
                .isFalse();
    }

    /** The re-sync program cannot use PristineStarters (it runs on the plain JDK), so it must read the same bytes. */
    /**
     * The proof that a learner's edits stay out of the docs: in a copy of the repository's docs and
     * sources, with every starter region the docs show edited as a learner would, the snippets test
     * still passes, and the maintainers' re-sync command leaves every page as it was, also when git
     * cannot give the starters.
     */
    @Test
    void aLearnersEditsNeitherFailTheSnippetsNorReachTheDocs(@TempDir Path copy) throws IOException {
        List<Path> learnerFiles = copyWithEditedStarters(copy);
        assertThat(learnerFiles).as("starter files the docs show").isNotEmpty();

        // The edits touch what the docs show: read from the working copy, each edited file has a stale snippet.
        DocsSnippets.Sources workingCopy =
                new DocsSnippets.Sources(copy, file -> Optional.of(readBytes(copy.resolve(file))));
        List<String> staleFromWorkingCopy = problems(workingCopy);
        for (Path file : learnerFiles) {
            assertThat(staleFromWorkingCopy)
                    .as("read from the working copy, a snippet of %s is out of date", file)
                    .anyMatch(problem -> problem.contains(file.toString().replace('\\', '/') + "#"));
        }

        // Read as shipped, nothing is: the snippets test passes on the learner's copy.
        assertThat(problems(shippedSources(copy))).isEmpty();

        Map<Path, String> docsBefore = contents(DocsSnippets.markdownFiles(copy));
        DocsSnippets.Report check = DocsSnippets.sync(copy, false);
        assertThat(check.outOfDate())
                .as("snippets the re-sync finds out of date")
                .isEmpty();
        assertThat(check.problems()).isEmpty();
        DocsSnippets.Report write = DocsSnippets.sync(copy, true);
        assertThat(write.editedStarters())
                .as("the learner's edited files, which the re-sync notices")
                .containsAll(learnerFiles);
        assertThat(changedSince(docsBefore)).as("pages the re-sync changed").isEmpty();

        // Without the starters in git (a copy without history), the snippets are reported, never re-synced
        // from the working copy.
        deleteRecursively(copy.resolve(".git"));
        git(copy, null, "init", "-q");
        assertThat(problems(shippedSources(copy))).isNotEmpty().allMatch(problem -> problem.contains("as shipped"));
        DocsSnippets.Report withoutHistory = DocsSnippets.sync(copy, true);
        assertThat(withoutHistory.problems())
                .isNotEmpty()
                .allMatch(include -> include.problem().contains("cannot read the starter"));
        assertThat(changedSince(docsBefore)).as("pages the re-sync changed").isEmpty();
    }

    private static DocsSnippets.Sources shippedSources(Path root) {
        return new DocsSnippets.Sources(root, PristineStarters.of(root)::content);
    }

    /** Every include that is not up to date, with what it shows and what it should. */
    private static List<String> problems(DocsSnippets.Sources sources) {
        List<String> problems = new ArrayList<>();
        int count = 0;
        for (Path doc : DocsSnippets.markdownFiles(sources.root())) {
            for (DocsSnippets.Include include : DocsSnippets.includes(sources, doc)) {
                count++;
                if (include.problem() != null) {
                    problems.add(include.where() + ": " + include.problem());
                } else if (!include.upToDate()) {
                    problems.add(include.where() + ": the fence differs from the region.\n--- region ---\n"
                            + include.expected() + "--- fence ---\n" + include.shown());
                }
            }
        }
        assertThat(count)
                .as("include markers in the docs of %s", sources.root())
                .isPositive();
        return problems;
    }

    /**
     * Copies what the docs need into {@code copy}: the Markdown, every file an include names, the
     * step modules' serverless.yml and the starter list, with the starters in a git repository of its
     * own. The copy's snippets are then brought up to date (so this test does not depend on the real
     * ones being so), and the step module files rewritten as a learner might leave them: a line added
     * to every region, and the TODOs answered. Returns those files.
     */
    private List<Path> copyWithEditedStarters(Path copy) throws IOException {
        Files.createFile(copy.resolve("mvnw"));
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            copyFile(doc, copy);
        }
        for (Step step : Steps.load(root).all()) {
            copyFile(root.resolve(step.module()).resolve("serverless.yml"), copy);
        }
        copyFile(root.resolve(PristineStarters.LIST), copy);

        PristineStarters pristine = PristineStarters.of(root);
        git(copy, null, "init", "-q");
        for (Path starter : PristineStarters.of(root).files()) {
            byte[] shipped = pristine.content(starter).orElseThrow();
            assertThat(git(copy, shipped, "hash-object", "-w", "--stdin").strip())
                    .isEqualTo(PristineStarters.blobId(shipped));
        }

        List<Path> learnerFiles = new ArrayList<>();
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            for (String line : Files.readAllLines(doc)) {
                Matcher marker = DocsSnippets.INCLUDE.matcher(line);
                if (!marker.matches()) {
                    continue;
                }
                Path source = Path.of(marker.group(1));
                Path target = copy.resolve(source);
                Files.createDirectories(target.getParent());
                if (DocsSnippets.inStepModule(root, source)) {
                    Files.write(target, pristine.content(source).orElseThrow());
                    if (!learnerFiles.contains(source)) {
                        learnerFiles.add(source);
                    }
                } else {
                    Files.copy(root.resolve(source), target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
        DocsSnippets.Sources sources = shippedSources(copy);
        for (Path doc : DocsSnippets.markdownFiles(copy)) {
            Files.writeString(doc, DocsSnippets.rewrite(sources, Files.readString(doc)));
        }
        for (Path file : learnerFiles) {
            Files.writeString(copy.resolve(file), learnersEdit(Files.readString(copy.resolve(file))));
        }
        return learnerFiles;
    }

    /** What a learner might do to a starter: add a line to every region and answer every TODO. */
    private static String learnersEdit(String starter) {
        StringBuilder edited = new StringBuilder();
        for (String line : starter.lines().toList()) {
            if (line.contains("TODO")) {
                edited.append(line, 0, line.indexOf("//")).append("// done: my own answer\n");
                continue;
            }
            edited.append(line).append('\n');
            if (line.strip().startsWith("// region ")) {
                edited.append(line, 0, line.indexOf("//")).append("// my note, inside the region\n");
            }
        }
        return edited.toString();
    }

    private void copyFile(Path file, Path copy) throws IOException {
        Path target = copy.resolve(root.relativize(file));
        Files.createDirectories(target.getParent());
        Files.copy(file, target);
    }

    /** Runs git in {@code dir}, feeding it {@code input} when not null; its output. */
    private static String git(Path dir, byte[] input, String... args) {
        List<String> command = new ArrayList<>(List.of("git"));
        command.addAll(List.of(args));
        try {
            Process git = new ProcessBuilder(command)
                    .directory(dir.toFile())
                    .redirectErrorStream(true)
                    .start();
            try (OutputStream stdin = git.getOutputStream()) {
                if (input != null) {
                    stdin.write(input);
                }
            }
            String output = new String(git.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(git.waitFor(1, TimeUnit.MINUTES) && git.exitValue() == 0)
                    .as("%s succeeded: %s", command, output)
                    .isTrue();
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("This test needs git on the PATH", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The pages whose content is no longer what it was. */
    private static List<Path> changedSince(Map<Path, String> before) {
        return before.entrySet().stream()
                .filter(page -> !page.getValue().equals(new String(readBytes(page.getKey()), StandardCharsets.UTF_8)))
                .map(Map.Entry::getKey)
                .toList();
    }

    private static Map<Path, String> contents(List<Path> files) {
        Map<Path, String> contents = new LinkedHashMap<>();
        files.forEach(file -> contents.put(file, new String(readBytes(file), StandardCharsets.UTF_8)));
        return contents;
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path path : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
