package workshop.kit.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.ToolProvider;
import workshop.kit.WorkshopException;

/**
 * Compiles a step's few sources with the JDK's own compiler, in this JVM: no Maven run, so a
 * learner's edit is graded seconds after it is saved. Errors come back as the compiler states them,
 * each as {@code path:[line,column] message}, with the line and a caret under the spot.
 */
public final class JavaSourceCompiler {
    private final String classpath;

    /**
     * Kept from one compilation to the next: it holds the libraries' jars open and indexed, so a step
     * compiled again (the next save in watch, the next mistake in the verification suite) takes about
     * a third of the time (measured once warm, step 2 against the verification module's class path:
     * ~180 ms with a new file manager each time, ~50 ms with this one). Not thread-safe: compile() is
     * synchronized.
     */
    private StandardJavaFileManager files; // guarded by this

    /** @param classpath what the step's code compiles against: the account service and its libraries */
    public JavaSourceCompiler(String classpath) {
        this.classpath = classpath;
    }

    public String classpath() {
        return classpath;
    }

    /** The outcome: compiled, or the compiler's error messages. */
    public record Result(boolean compiled, List<String> errors) {}

    public synchronized Result compile(List<SourceFile> sources, Path outputDirectory) {
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        if (javac == null) {
            throw new WorkshopException(
                    "This Java has no compiler (a JRE, not a JDK). Install a JDK 17 or newer, e.g. from https://adoptium.net.");
        }
        try {
            Files.createDirectories(outputDirectory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
        List<String> options = List.of(
                "-d",
                outputDirectory.toString(),
                "-classpath",
                classpath,
                "--release",
                "17",
                "-encoding",
                "UTF-8",
                "-parameters",
                "-proc:none",
                "-implicit:none",
                "-Xlint:none",
                "-nowarn");
        List<JavaFileObject> units =
                sources.stream().<JavaFileObject>map(InMemorySource::new).toList();
        if (files == null) {
            files = javac.getStandardFileManager(null, Locale.ROOT, StandardCharsets.UTF_8);
        }
        // Each task sets its own output directory and class path on the shared file manager.
        boolean compiled =
                javac.getTask(null, files, diagnostics, options, null, units).call();
        List<String> errors = new ArrayList<>();
        for (Diagnostic<? extends JavaFileObject> diagnostic : diagnostics.getDiagnostics()) {
            if (diagnostic.getKind() == Diagnostic.Kind.ERROR) {
                errors.add(describe(diagnostic));
            }
        }
        return new Result(compiled, errors);
    }

    private static String describe(Diagnostic<? extends JavaFileObject> diagnostic) {
        String where = diagnostic.getSource() == null
                ? ""
                : diagnostic.getSource().getName() + ":[" + diagnostic.getLineNumber() + ","
                        + diagnostic.getColumnNumber() + "] ";
        StringBuilder text = new StringBuilder(where + diagnostic.getMessage(Locale.ROOT));
        if (diagnostic.getSource() instanceof InMemorySource source && diagnostic.getLineNumber() > 0) {
            List<String> lines = source.file().text().lines().toList();
            int line = (int) diagnostic.getLineNumber();
            if (line <= lines.size()) {
                String shown = lines.get(line - 1).replace('\t', ' ');
                long column = Math.max(1, diagnostic.getColumnNumber());
                text.append("\n    ")
                        .append(shown)
                        .append("\n    ")
                        .append(" ".repeat((int) Math.min(column - 1, shown.length())))
                        .append('^');
            }
        }
        return text.toString();
    }

    /** A source held in memory, named in messages by its path in the repository. */
    private static final class InMemorySource extends SimpleJavaFileObject {
        private final SourceFile file;

        InMemorySource(SourceFile file) {
            super(URI.create("string:///" + file.packagePath().toString().replace('\\', '/')), Kind.SOURCE);
            this.file = file;
        }

        SourceFile file() {
            return file;
        }

        @Override
        public String getName() {
            return file.shownAs();
        }

        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
            return file.text();
        }
    }
}
