package workshop.kit.tools;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the Maven wrapper and says, while it works, how far it is: the module it builds (of how
 * many), and how much it has downloaded so far, with the latest file. The first build downloads
 * Maven itself and a few hundred libraries, which takes minutes: Maven's quiet mode says nothing
 * all that time, and its normal output is a thousand lines. Maven's whole output goes to a log
 * file; when the build fails, its errors are shown, as the quiet mode would show them.
 *
 * <p>The launchers ({@code workshop}, {@code workshop.cmd}) run this file before anything is built,
 * in Java's source-file mode ({@code java .../MavenProgress.java <Maven's arguments>}), so it uses
 * nothing but the JDK. {@link ToolsBuild} runs it compiled, for a rebuild.
 */
public final class MavenProgress {
    /** This file, relative to the repository root, as the launchers run it. */
    public static final String SOURCE = "workshop-kit/cli/src/main/java/workshop/kit/tools/MavenProgress.java";
    /** Maven's whole output of the last build, relative to the repository root. */
    static final Path LOG = Path.of(".workshop", "tools-build.log");

    private static final Pattern MODULE = Pattern.compile("^\\[INFO] -+< [\\w.-]+:([\\w.-]+) >-+$");
    private static final Pattern BUILDING = Pattern.compile("^\\[INFO] Building .*\\[(\\d+)/(\\d+)]$");
    private static final Pattern DOWNLOADED =
            Pattern.compile("^\\[INFO] Downloaded from [\\w.-]+: (\\S+) \\(([\\d.]+) (B|kB|MB|GB)");
    /** At most one "downloaded so far" line this often: enough to see it move, few enough to read. */
    private static final long REPORT_EVERY_NANOS = 5_000_000_000L;

    private final Path root;
    private final PrintStream out;
    private String module = "";
    private String latest = "";
    private int files;
    private double bytes;
    private int filesReported;
    private long lastReport = System.nanoTime();

    MavenProgress(Path root, PrintStream out) {
        this.root = root;
        this.out = out;
    }

    /** The launchers' entry point: the repository is the working directory; the arguments are Maven's. */
    public static void main(String[] args) {
        System.exit(new MavenProgress(Path.of("").toAbsolutePath(), System.err).run(List.of(args)));
    }

    /** Runs {@code ./mvnw -B <arguments>} in the repository, reporting its progress; Maven's exit code. */
    int run(List<String> arguments) {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        List<String> command = new ArrayList<>(
                windows
                        ? List.of("cmd", "/c", "mvnw.cmd")
                        : List.of(root.resolve("mvnw").toString()));
        command.add("-B"); // plain lines: "Downloaded from central: URL (size at speed)", no progress bars or colours
        command.addAll(arguments);
        mavenItself().ifPresent(out::println);
        long started = System.nanoTime();
        List<String> errors = new ArrayList<>();
        Deque<String> tail = new ArrayDeque<>();
        int exit;
        try {
            Files.createDirectories(root.resolve(LOG).getParent());
            Process maven = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            maven.getOutputStream().close();
            try (BufferedReader lines =
                            new BufferedReader(new InputStreamReader(maven.getInputStream(), StandardCharsets.UTF_8));
                    PrintWriter log =
                            new PrintWriter(Files.newBufferedWriter(root.resolve(LOG), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.println(line);
                    if (line.startsWith("[ERROR]")) {
                        errors.add(line);
                    }
                    tail.addLast(line);
                    if (tail.size() > 15) {
                        tail.removeFirst();
                    }
                    read(line);
                }
            }
            exit = maven.waitFor();
        } catch (IOException e) {
            out.println("Could not run the Maven wrapper (" + String.join(" ", command) + "): " + e.getMessage());
            return 1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 130;
        }
        long seconds = Math.round((System.nanoTime() - started) / 1e9);
        if (exit != 0) {
            (errors.isEmpty() ? tail : errors).forEach(out::println);
            out.println("Maven's whole output: " + LOG);
            return exit;
        }
        out.println("  Built in " + seconds + " s" + (files == 0 ? "" : "; downloaded " + downloaded()) + ".");
        return 0;
    }

    /** Takes one line of Maven's output into account, and says what is new. */
    private void read(String line) {
        Matcher module = MODULE.matcher(line);
        if (module.matches()) {
            this.module = module.group(1);
            return;
        }
        Matcher building = BUILDING.matcher(line);
        if (building.matches()) {
            reportDownloads(true);
            out.println("  [" + building.group(1) + "/" + building.group(2) + "] building " + this.module);
            return;
        }
        Matcher downloaded = DOWNLOADED.matcher(line);
        if (downloaded.find()) {
            files++;
            bytes += Double.parseDouble(downloaded.group(2))
                    * switch (downloaded.group(3)) {
                        case "GB" -> 1e9;
                        case "MB" -> 1e6;
                        case "kB" -> 1e3;
                        default -> 1;
                    };
            String url = downloaded.group(1);
            latest = url.substring(url.lastIndexOf('/') + 1);
            reportDownloads(false);
        }
    }

    /** "downloaded 120 files (34.5 MB) so far", when there is news and (unless {@code now}) the last one is a while ago. */
    private void reportDownloads(boolean now) {
        if (files == filesReported || (!now && System.nanoTime() - lastReport < REPORT_EVERY_NANOS)) {
            return;
        }
        out.println("        downloaded " + downloaded() + " so far, the latest " + latest);
        filesReported = files;
        lastReport = System.nanoTime();
    }

    private String downloaded() {
        return files + (files == 1 ? " file" : " files") + " (" + String.format(Locale.ROOT, "%.1f", bytes / 1e6)
                + " MB)";
    }

    /**
     * The first time, the wrapper downloads Maven itself before Maven says anything: say so. It keeps
     * Maven under MAVEN_USER_HOME (default ~/.m2) in wrapper/dists/apache-maven-VERSION.
     */
    private Optional<String> mavenItself() {
        Properties wrapper = new Properties();
        try (var in = Files.newInputStream(root.resolve(".mvn/wrapper/maven-wrapper.properties"))) {
            wrapper.load(in);
        } catch (IOException e) {
            return Optional.empty();
        }
        String url = wrapper.getProperty("distributionUrl", "");
        Matcher version = Pattern.compile("apache-maven-([\\w.-]+)-bin").matcher(url);
        if (!version.find()) {
            return Optional.empty();
        }
        String userHome = System.getenv("MAVEN_USER_HOME");
        Path home = userHome != null && !userHome.isBlank()
                ? Path.of(userHome)
                : Path.of(System.getProperty("user.home"), ".m2");
        return Files.isDirectory(home.resolve("wrapper").resolve("dists").resolve("apache-maven-" + version.group(1)))
                ? Optional.empty()
                : Optional.of("  downloading Maven " + version.group(1) + " itself first (./mvnw does, once) ...");
    }
}
