package workshop.kit.tools;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import workshop.kit.WorkshopException;
import workshop.kit.cli.WorkshopCli;
import workshop.kit.cli.Workspace;

/**
 * Keeps the workshop's own tools built: the kit and the account service it runs. When their
 * sources or the poms changed since the tools were last built (a {@code git pull}, say), the CLI
 * rebuilds them with the Maven wrapper and runs the command again in a fresh JVM, on the new
 * classes. A learner's step code is not part of this: the CLI compiles it itself, in-process.
 *
 * <p>"Built" is judged by content: a fingerprint of every input, kept next to the classes.
 */
public final class ToolsBuild {
    /** Set by the launcher right after it built the tools, and on the re-run: no need to look again. */
    public static final String FRESH_PROPERTY = "workshop.tools.fresh";

    private static final Path FINGERPRINT = Path.of("workshop-kit", "cli", "target", "workshop-tools.fingerprint");
    /** The fingerprint again, with a digest of every input's name, size and time it was worked out for. */
    private static final Path FINGERPRINT_BY_LISTING =
            Path.of("workshop-kit", "cli", "target", "workshop-tools.listing");

    private static final List<Path> INPUTS = List.of(
            Path.of("pom.xml"),
            Path.of("account-service", "pom.xml"),
            Path.of("account-service", "src", "main"),
            Path.of("workshop-kit", "pom.xml"),
            Path.of("workshop-kit", "backends", "pom.xml"),
            Path.of("workshop-kit", "backends", "src", "main"),
            Path.of("workshop-kit", "grading", "pom.xml"),
            Path.of("workshop-kit", "grading", "src", "main"),
            Path.of("workshop-kit", "cli", "pom.xml"),
            Path.of("workshop-kit", "cli", "src", "main"),
            Path.of("workshop-kit", "localstack", "pom.xml"),
            Path.of("workshop-kit", "localstack", "src", "main"),
            Path.of("workshop-kit", "charts", "pom.xml"),
            Path.of("workshop-kit", "charts", "src", "main"));

    /**
     * The Maven build of the tools, as the launchers (workshop, workshop.cmd) run it the first time.
     * Install, not just compile: a build started inside a step module then finds the account service
     * and can say what to run instead (see the step profile in pom.xml). No tests and no formatting
     * check: both are the contributors' business, proven by ./mvnw verify, and the formatter alone
     * took a fifth of this build's time, on every learner's first command.
     */
    public static final List<String> BUILD = List.of(
            "-pl",
            "workshop-kit/cli,workshop-kit/charts,workshop-kit/localstack",
            "-am",
            "install",
            "-Dmaven.test.skip=true",
            "-Dspotless.check.skip=true");

    /** Each root's fingerprint, worked out once per JVM (the CLI and the grading both ask). */
    private static final Map<Path, String> FINGERPRINTS = new ConcurrentHashMap<>();

    private final Path root;

    public ToolsBuild(Path root) {
        this.root = root;
    }

    /** True when the tools' sources are what they were built from. */
    public boolean isFresh() {
        try {
            Path stamp = root.resolve(FINGERPRINT);
            return Files.isRegularFile(stamp) && Files.readString(stamp).strip().equals(fingerprint());
        } catch (IOException e) {
            return false;
        }
    }

    /** Records that the tools, as built now, match their sources. */
    public void markFresh() {
        try {
            Files.createDirectories(root.resolve(FINGERPRINT).getParent());
            Files.writeString(root.resolve(FINGERPRINT), fingerprint());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Rebuilds the tools with the Maven wrapper, saying how far it is ({@link MavenProgress}); a
     * WorkshopException after Maven's errors when that fails.
     */
    public void rebuild() {
        System.err.println(
                "The workshop's tools changed since they were last built (a git pull?): rebuilding them ...");
        ToolsArchive.delete(root);
        if (new MavenProgress(root, System.err).run(BUILD) != 0) {
            throw new WorkshopException(
                    "Rebuilding the workshop's tools failed (above). If you changed files under"
                            + " account-service/ or workshop-kit/, undo that (git checkout -- account-service workshop-kit), then try again.");
        }
        markFresh();
    }

    /** Runs the same command again in a new JVM, on the freshly built classes; its exit code. */
    public int runAgain(String[] args) {
        List<String> command = new ArrayList<>(
                List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
        command.addAll(jvmOptions(root, List.of(args)));
        command.addAll(List.of(
                "-D" + Workspace.ROOT_PROPERTY + "=" + root,
                "-D" + FRESH_PROPERTY + "=true",
                "-cp",
                classpath(root),
                WorkshopCli.class.getName()));
        command.addAll(List.of(args));
        try {
            return new ProcessBuilder(command).inheritIO().start().waitFor();
        } catch (IOException e) {
            throw new WorkshopException("Could not start Java again after the rebuild: " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
    }

    /**
     * The JVM options both launchers give a command: the class-data-sharing archive ({@link
     * ToolsArchive}), and, but for {@code compare}, {@link #QUICK_START}.
     */
    static List<String> jvmOptions(Path root, List<String> args) {
        List<String> options = new ArrayList<>(ToolsArchive.jvmOptions(root, args));
        if (args.isEmpty() || !args.get(0).equals("compare")) {
            options.add(QUICK_START);
        }
        return options;
    }

    /**
     * Compiles with the JIT's quick compiler only: a command that runs for seconds is done before the
     * optimizing compiler's work would pay off, and on two cores that work slows it down (a check
     * takes about a second less). {@code compare}, which runs a workload for minutes, keeps both.
     */
    public static final String QUICK_START = "-XX:TieredStopAtLevel=1";

    /**
     * The tools' classpath, relative to the repository root, as both launchers give it: the jars of
     * the CLI, of grading, of the backends and of the account service, then the CLI's libraries. Jars
     * only: the JVM keeps a class-data-sharing archive ({@link ToolsArchive}) of classes from jars only.
     */
    static final List<String> CLASSPATH = List.of(
            "workshop-kit/cli/target/workshop-cli.jar",
            "workshop-kit/grading/target/workshop-grading.jar",
            "workshop-kit/backends/target/workshop-backends.jar",
            "account-service/target/account-service.jar",
            "workshop-kit/cli/target/lib/*");

    /** The tools' classpath under {@code root}, as the launchers give it. */
    public static String classpath(Path root) {
        return String.join(
                File.pathSeparator,
                CLASSPATH.stream().map(entry -> root.resolve(entry).toString()).toList());
    }

    /**
     * Of every input the tools are built from, by content. Reading all of them takes a tenth of a
     * second, on every command: so the fingerprint is kept beside the classes with the name, size and
     * time of every input, and read again only when one of those changed.
     */
    public String fingerprint() {
        return FINGERPRINTS.computeIfAbsent(root, unused -> workOutFingerprint());
    }

    private String workOutFingerprint() {
        try {
            List<Path> files = inputFiles();
            String listing = listing(files);
            Path kept = root.resolve(FINGERPRINT_BY_LISTING);
            List<String> keptLines =
                    Files.isRegularFile(kept) ? Files.readAllLines(kept, StandardCharsets.UTF_8) : List.of();
            if (keptLines.size() == 2 && keptLines.get(0).equals(listing)) {
                return keptLines.get(1);
            }
            String fingerprint = contentFingerprint(files);
            if (Files.isDirectory(kept.getParent())) {
                Files.writeString(kept, listing + "\n" + fingerprint + "\n", StandardCharsets.UTF_8);
            }
            return fingerprint;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A digest of every input's name, size and modification time. */
    private String listing(List<Path> files) throws IOException {
        MessageDigest sha = sha256();
        for (Path file : files) {
            Path onDisk = root.resolve(file);
            sha.update((file.toString().replace('\\', '/') + "\0" + Files.size(onDisk) + "\0"
                            + Files.getLastModifiedTime(onDisk).toMillis() + "\0")
                    .getBytes(StandardCharsets.UTF_8));
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private String contentFingerprint(List<Path> files) throws IOException {
        MessageDigest sha = sha256();
        for (Path file : files) {
            sha.update(file.toString().replace('\\', '/').getBytes(StandardCharsets.UTF_8));
            sha.update((byte) 0);
            sha.update(Files.readAllBytes(root.resolve(file)));
            sha.update((byte) 0);
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private List<Path> inputFiles() throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path input : INPUTS) {
            Path onDisk = root.resolve(input);
            if (Files.isRegularFile(onDisk)) {
                files.add(input);
            } else if (Files.isDirectory(onDisk)) {
                try (Stream<Path> tree = Files.walk(onDisk)) {
                    tree.filter(Files::isRegularFile)
                            .map(root::relativize)
                            .sorted()
                            .forEach(files::add);
                }
            }
        }
        return files;
    }
}
