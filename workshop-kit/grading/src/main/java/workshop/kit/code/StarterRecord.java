package workshop.kit.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The record of the starters the workshop ships ({@link PristineStarters#LIST}): every step module's
 * sources (and its {@code requests.http}) as they are now, each as its git blob id and path. Contributors write it after changing a
 * starter on purpose ({@code ./workshop sync --record-starters}); never in a learner's clone, where it
 * would take the learner's edits for the starters.
 */
public final class StarterRecord {
    /** A step module's HTTP request file, recorded beside its sources. */
    public static final String REQUESTS = "requests.http";

    private StarterRecord() {}

    /** The list as it would be written now, from the step modules' sources in {@code root}. */
    public static String render(Path root) {
        List<String> lines = new ArrayList<>();
        lines.add(
                "# The starters the workshop ships: every step module's sources, as git blob ids (`git hash-object FILE`).");
        lines.add("# Tools that need a starter as shipped (the starter gate, the reference-solution builds, the docs");
        lines.add("# tests) read it from git by these ids, never from a learner's working copy. Written by");
        lines.add("# ./workshop sync --record-starters (see CONTRIBUTING.md).");
        try (Stream<Path> modules = Files.list(root)) {
            for (Path module : modules.filter(dir -> Files.isRegularFile(dir.resolve("serverless.yml")))
                    .sorted()
                    .toList()) {
                Path sources = module.resolve("src/main/java");
                if (Files.isDirectory(sources)) {
                    try (Stream<Path> files = Files.walk(sources)) {
                        for (Path file : files.filter(path -> path.toString().endsWith(".java"))
                                .sorted()
                                .toList()) {
                            lines.add(line(root, file));
                        }
                    }
                }
                // The step's demos for an IDE's HTTP client: in the learner's step, so read as shipped too.
                if (Files.isRegularFile(module.resolve(REQUESTS))) {
                    lines.add(line(root, module.resolve(REQUESTS)));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return String.join("\n", lines) + "\n";
    }

    private static String line(Path root, Path file) throws IOException {
        return PristineStarters.blobId(Files.readAllBytes(file)) + " "
                + root.relativize(file).toString().replace('\\', '/');
    }

    /** True when the recorded list is what {@link #render} gives now. */
    public static boolean upToDate(Path root) {
        try {
            Path list = root.resolve(PristineStarters.LIST);
            return Files.isRegularFile(list) && Files.readString(list).equals(render(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Writes the list from the step modules' sources as they are now. */
    public static void write(Path root) {
        try {
            Files.writeString(root.resolve(PristineStarters.LIST), render(root));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
