package workshop.kit.docs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import workshop.kit.code.PristineStarters;
import workshop.kit.steps.Step;

/**
 * The lines a learner writes to solve a step: the lines of {@code solutions/<module>/**.java} that
 * the pristine starter of the same file does not have. Lines every class has (blank, braces,
 * {@code @Override}, imports, the package, comments) and short ones ({@code return updated;}) are
 * left out: they give nothing away, and any code in the chapters would match them.
 */
final class AnswerLines {
    /** Shorter lines are too common to be an answer. */
    static final int SHORTEST = 12;

    /** One line of a reference solution, and where it comes from. */
    record AnswerLine(String text, Path solutionFile, String step) {}

    private AnswerLines() {}

    /** The answer lines of a step, in the order of its solution files. */
    static List<AnswerLine> of(Path root, PristineStarters starters, Step step) {
        Path solved = Path.of("solutions", step.module());
        if (!Files.isDirectory(root.resolve(solved))) {
            throw new IllegalStateException("No reference solution of " + step.name() + ": " + solved + " is missing");
        }
        List<Path> recorded = starters.filesUnder(Path.of(step.module()));
        Map<String, AnswerLine> answers = new LinkedHashMap<>();
        for (Path solutionFile : javaFiles(root, solved)) {
            Path starter = Path.of(step.module()).resolve(solved.relativize(solutionFile));
            Set<String> starterLines = Set.of();
            if (recorded.contains(starter)) {
                byte[] shipped = starters.content(starter)
                        .orElseThrow(() -> new IllegalStateException("Cannot read the starter " + starter
                                + " as shipped (its working copy was changed and git cannot give it):"
                                + " run the docs tests in a git clone of the workshop."));
                starterLines = new String(shipped, StandardCharsets.UTF_8)
                        .lines()
                        .map(AnswerLines::normalized)
                        .collect(Collectors.toSet());
            }
            for (String line : read(root.resolve(solutionFile)).lines().toList()) {
                String text = normalized(line);
                if (couldBeAnswer(text) && !starterLines.contains(text)) {
                    answers.putIfAbsent(text, new AnswerLine(text, solutionFile, step.name()));
                }
            }
        }
        return List.copyOf(answers.values());
    }

    /** Whether a (normalized) line says enough to give a task's answer away. */
    static boolean couldBeAnswer(String line) {
        return line.length() >= SHORTEST
                && !line.matches("[{}()\\[\\];,.\\s]*")
                && !line.equals("@Override")
                && !line.startsWith("import ")
                && !line.startsWith("package ")
                && !line.startsWith("//")
                && !line.startsWith("/*")
                && !line.startsWith("*");
    }

    /** A line trimmed, with each run of whitespace as one space, so re-indented or re-spaced code still matches. */
    static String normalized(String line) {
        return line.strip().replaceAll("\\s+", " ");
    }

    /**
     * Where a page shows any of the answer lines in a code block or a code span: one message per
     * finding, naming the page, the line and the solution file.
     */
    static List<String> shownIn(Path root, Markdown page, List<AnswerLine> answers) {
        List<Markdown.Located> code = new ArrayList<>(page.codeSpans());
        page.codeBlocks().forEach(block -> code.addAll(block.lines()));
        List<String> found = new ArrayList<>();
        for (Markdown.Located piece : code) {
            String text = normalized(piece.text());
            for (AnswerLine answer : answers) {
                if (text.contains(answer.text())) {
                    found.add(root.relativize(page.file) + ":" + piece.line() + " shows reference code of "
                            + answer.step() + " ("
                            + answer.solutionFile().toString().replace('\\', '/') + "): " + answer.text());
                }
            }
        }
        return found;
    }

    private static List<Path> javaFiles(Path root, Path directory) {
        try (Stream<Path> files = Files.walk(root.resolve(directory))) {
            return files.filter(file -> file.toString().endsWith(".java"))
                    .sorted()
                    .map(root::relativize)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
