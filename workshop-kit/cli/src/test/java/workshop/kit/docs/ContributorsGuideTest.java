package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import workshop.kit.maintain.DocsSnippets;

/**
 * What contributors and learners look up about the repository itself is complete:
 * <ul>
 *   <li>every kind of docs marker the pages use ({@code <!-- include: ... -->}, {@code <!-- output:
 *       ... -->}, ...) is in CONTRIBUTING.md's table of markers, so a contributor who meets one
 *       finds what it means and which test reads it;
 *   <li>every top-level folder of the repository (as git tracks it; dot-folders and build output
 *       aside) has a row in the layout tables of README.md and chapter 0.
 * </ul>
 */
class ContributorsGuideTest {
    private static final Pattern MARKER = Pattern.compile("<!-- ([a-z]+)(?::| -->)");
    private static final Pattern MARKER_ROW = Pattern.compile("^\\| `<!-- ([a-z]+)[: ]");
    private static final Pattern FIRST_CELL_CODE = Pattern.compile("`([^`]+)`");

    private final Path root = DocsSnippets.repoRoot();

    @Test
    void everyMarkerThePagesUseIsInContributingsTable() throws IOException {
        Set<String> used = new TreeSet<>();
        for (Path doc : DocsSnippets.markdownFiles(root)) {
            if (doc.getFileName().toString().equals("CONTRIBUTING.md")) {
                continue; // it names them in its table
            }
            for (Markdown.Located html : Markdown.read(doc).html()) {
                Matcher marker = MARKER.matcher(html.text());
                while (marker.find()) {
                    used.add(marker.group(1));
                }
            }
        }
        Set<String> documented = Files.readAllLines(root.resolve("CONTRIBUTING.md")).stream()
                .map(MARKER_ROW::matcher)
                .filter(Matcher::find)
                .map(row -> row.group(1))
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(used).as("markers in the pages").contains("include", "output", "figures");
        assertThat(documented)
                .withFailMessage(
                        "CONTRIBUTING.md's table of docs markers (a row starting | `<!-- NAME: ...) lacks %s; the pages use %s",
                        difference(used, documented), used)
                .containsAll(used);
    }

    @Test
    void everyTopLevelFolderIsInTheLayoutTables() {
        Set<String> folders = trackedTopLevelFolders();
        assertThat(folders).as("top-level folders git tracks").contains("docs", "workshop-kit");
        List<String> problems = new ArrayList<>();
        for (String page : List.of("README.md", "docs/00-introduction.md")) {
            List<String> named = layoutTableEntries(root.resolve(page));
            for (String folder : folders) {
                if (named.stream().noneMatch(entry -> covers(entry, folder))) {
                    problems.add(page + "'s layout table has no row for " + folder + "/");
                }
            }
        }
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    /** The code spans in the first cell of each row of the page's table headed "| path |". */
    private static List<String> layoutTableEntries(Path page) {
        List<String> entries = new ArrayList<>();
        boolean inTable = false;
        for (String line : readLines(page)) {
            if (line.startsWith("| path |")) {
                inTable = true;
            } else if (inTable && line.startsWith("|")) {
                Matcher code = FIRST_CELL_CODE.matcher(line.split("\\|")[1]);
                while (code.find()) {
                    entries.add(code.group(1));
                }
            } else if (inTable) {
                break;
            }
        }
        return entries;
    }

    /** "docs/" covers docs; "step-*&#47;" covers every step-... folder. */
    private static boolean covers(String entry, String folder) {
        String name = entry.endsWith("/") ? entry.substring(0, entry.length() - 1) : entry;
        if (name.contains("*")) {
            return folder.matches(Pattern.quote(name).replace("*", "\\E.*\\Q"));
        }
        return name.equals(folder);
    }

    /** Top-level folders holding a file git tracks: what a clone has, whatever else is on this disk. */
    private Set<String> trackedTopLevelFolders() {
        try {
            Process git = new ProcessBuilder("git", "-C", root.toString(), "ls-files")
                    .redirectErrorStream(true)
                    .start();
            List<String> files =
                    new String(git.getInputStream().readAllBytes()).lines().toList();
            assertThat(git.waitFor()).as("git ls-files in %s: %s", root, files).isZero();
            return files.stream()
                    .filter(file -> file.contains("/"))
                    .map(file -> file.substring(0, file.indexOf('/')))
                    .filter(folder -> !folder.startsWith(".") && !folder.equals("target"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static Set<String> difference(Set<String> all, Set<String> some) {
        Set<String> rest = new TreeSet<>(all);
        rest.removeAll(some);
        return rest;
    }

    private static List<String> readLines(Path page) {
        try {
            return Files.readAllLines(page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
