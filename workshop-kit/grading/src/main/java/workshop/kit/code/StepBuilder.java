package workshop.kit.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import workshop.kit.steps.Step;

/**
 * Compiles a step's code in one {@link CodeVariant} into its own directory, unless the same sources
 * were compiled there already (a fingerprint of their content and of the classpath says so).
 */
public final class StepBuilder {
    private static final String FINGERPRINT_FILE = "workshop-build.fingerprint";

    private final Path root;
    private final StepSources sources;
    private final JavaSourceCompiler compiler;
    private final BiFunction<Step, CodeVariant, Path> outputDirectory;

    /**
     * @param outputDirectory where a step's variant is compiled to; a directory the builder owns
     *     (it is emptied before each compile)
     */
    public StepBuilder(
            Path root,
            StepSources sources,
            JavaSourceCompiler compiler,
            BiFunction<Step, CodeVariant, Path> outputDirectory) {
        this.root = root;
        this.sources = sources;
        this.compiler = compiler;
        this.outputDirectory = outputDirectory;
    }

    /** The CLI's layout: each step's builds in its own module's {@code target/workshop/}. */
    public static BiFunction<Step, CodeVariant, Path> inModuleTargets(Path root) {
        return (step, variant) -> root.resolve(step.module())
                .resolve("target")
                .resolve("workshop")
                .resolve(variant.directoryName());
    }

    /** The compiled step; a {@link CompileFailedException} with the compiler's messages when it does not compile. */
    public CompiledStep build(Step step, CodeVariant variant) {
        return build(
                step,
                variant,
                describe(step, variant),
                sources.of(step, variant),
                outputDirectory.apply(step, variant));
    }

    /**
     * Given sources of a step, compiled into {@code output} (unless already compiled there): for
     * variants this builder does not know, such as the mistakes suite's one-change copies of a
     * solution.
     *
     * @param description whose code it is, as the scorecard says it
     */
    public CompiledStep build(Step step, CodeVariant variant, String description, List<SourceFile> files, Path output) {
        String fingerprint = fingerprint(files);
        if (!fingerprint.equals(readFingerprint(output))) {
            deleteRecursively(output);
            JavaSourceCompiler.Result result = compiler.compile(files, output);
            if (!result.compiled()) {
                deleteRecursively(output);
                throw new CompileFailedException(description, result.errors());
            }
            write(output.resolve(FINGERPRINT_FILE), fingerprint);
        }
        String handler =
                ServerlessDescriptor.handlerClass(root.resolve(step.module()).resolve("serverless.yml"));
        return new CompiledStep(step, variant, description, output, handler, fingerprint);
    }

    /** Whose code a variant is, as the scorecard says it. */
    public static String describe(Step step, CodeVariant variant) {
        return switch (variant) {
            case LEARNER -> "your code (" + step.module() + "/src/main/java)";
            case SOLUTION -> "the reference solution (solutions/" + step.module() + ")";
            case STARTER -> "the untouched starter of " + step.module();
        };
    }

    private String fingerprint(List<SourceFile> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update(compiler.classpath().getBytes(StandardCharsets.UTF_8));
            for (SourceFile file : files) {
                sha.update(file.packagePath().toString().getBytes(StandardCharsets.UTF_8));
                sha.update((byte) 0);
                sha.update(file.content());
                sha.update((byte) 0);
            }
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String readFingerprint(Path output) {
        try {
            Path file = output.resolve(FINGERPRINT_FILE);
            return Files.isRegularFile(file) ? Files.readString(file).strip() : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void write(Path file, String text) {
        try {
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteRecursively(Path directory) {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot clear " + directory, e);
        }
    }
}
