package workshop.verification;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import workshop.kit.code.CodeVariant;

/**
 * A block of command output a chapter shows under a marker such as
 * {@code <!-- output: scorecard step-1 starter -->}: where it is, which step and code variant it
 * shows, and its non-blank lines.
 */
record MarkedOutput(Path doc, int line, String step, CodeVariant variant, List<String> lines) {

    /** Every block in docs/ whose marker matches {@code marker}: group 1 the step, group 2 "starter" or "solution". */
    static List<MarkedOutput> in(Pattern marker) throws IOException {
        List<MarkedOutput> shown = new ArrayList<>();
        try (Stream<Path> files = Files.walk(PristineSteps.ROOT.resolve("docs"))) {
            for (Path doc : files.filter(path -> path.toString().endsWith(".md"))
                    .sorted()
                    .toList()) {
                List<String> lines = Files.readAllLines(doc);
                for (int i = 0; i < lines.size(); i++) {
                    Matcher found = marker.matcher(lines.get(i));
                    if (found.find() && i + 1 < lines.size() && lines.get(i + 1).startsWith("```")) {
                        List<String> block = new ArrayList<>();
                        for (int j = i + 2; j < lines.size() && !lines.get(j).startsWith("```"); j++) {
                            if (!lines.get(j).isBlank()) {
                                block.add(lines.get(j));
                            }
                        }
                        CodeVariant variant =
                                found.group(2).equals("starter") ? CodeVariant.STARTER : CodeVariant.SOLUTION;
                        shown.add(new MarkedOutput(doc, i + 1, found.group(1), variant, block));
                    }
                }
            }
        }
        return shown;
    }

    /** "docs/01-step-1-no-cache.md:162" */
    String where() {
        return PristineSteps.ROOT.relativize(doc) + ":" + line;
    }
}
