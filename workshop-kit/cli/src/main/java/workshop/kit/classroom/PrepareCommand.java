package workshop.kit.classroom;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workshop.kit.WorkshopException;
import workshop.kit.cli.MotoSetup;
import workshop.kit.cli.RunCommand;
import workshop.kit.cli.Workspace;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.dynamodb.BackendUnavailableException;
import workshop.kit.dynamodb.DynamoDbBackends;
import workshop.kit.dynamodb.RunningDynamoDb;
import workshop.kit.grader.CheckStatus;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;
import workshop.kit.tools.ToolsBuild;

/**
 * {@code ./workshop prepare}: everything a laptop needs before the day, in one command, so that the
 * day itself needs no network. It checks the programs the workshop runs (Java 17+, bash, git, moto
 * or Docker) and the port {@code run} serves on; runs the Maven builds every learner command runs,
 * which downloads what they need and builds once; and grades step 1's untouched starter as a smoke
 * test. It ends with "ready" or a numbered list of what to fix, each with what fixes it.
 *
 * <p>{@code --offline} runs the same builds with Maven offline: it passes only if nothing needs
 * downloading any more.
 */
@Command(
        name = "prepare",
        mixinStandardHelpOptions = true,
        header = "Before the day: check this machine and fetch everything, so the day works offline.",
        description = {
            "Before the day: check Java 17+, bash, git, moto (or Docker) and a free port; offer to install moto into",
            ".workshop/moto when it is missing and Python is here (--yes: without asking); download everything every",
            "workshop command needs, so the day works offline; build once; run step 1's checks on the starter.",
            "Ends with \"ready\" or a numbered list of what to fix. Run it again with --offline to prove nothing is fetched."
        })
public final class PrepareCommand implements Callable<Integer> {
    /** One Maven run of the learner's commands: its log's name, what it prepares, its arguments. */
    record MavenRun(String log, String what, List<String> arguments) {}

    /**
     * The Maven runs of the learner's commands. The launcher's bootstrap build installs the tools.
     * A clean of one module fetches the clean plugin without touching the tools' own classes (which
     * this command runs from). Then every module, with the deploy profile's jar packaging and one
     * small test, so that the test runner's own libraries, which Maven fetches only when tests run,
     * come too.
     */
    static final List<MavenRun> MAVEN_RUNS = List.of(
            new MavenRun(
                    "tools",
                    "The workshop's tools (what ./workshop builds the first time)",
                    Stream.concat(Stream.of("-B", "-ntp"), ToolsBuild.BUILD.stream())
                            .toList()),
            new MavenRun(
                    "clean", "Maven's clean (./mvnw clean)", List.of("-B", "-ntp", "-pl", "verification", "clean")),
            new MavenRun(
                    "all-modules",
                    "Every module, its tests' runner and the deployable jars (./mvnw verify, -Pdeploy)",
                    List.of(
                            "-B",
                            "-ntp",
                            "-Pdeploy",
                            "verify",
                            // A learner's half-done step must not stop the download; -Pdeploy alone compiles it
                            // strictly.
                            "-Dworkshop.strictLearnerCompile=false",
                            "-Dtest=StepsTest",
                            "-Dsurefire.failIfNoSpecifiedTests=false")));

    private final Workspace workspace;

    /** Set when a Maven run failed for want of a download: prepare then says what else is ready. */
    private boolean downloadsFailed;

    @Option(
            names = "--offline",
            description = "Download nothing: prove that everything needed is here already (run it after prepare).")
    boolean offline;

    @Option(
            names = "--yes",
            description = "Install moto into .workshop/moto without asking, if it is missing and Python 3.9+ is here.")
    boolean yes;

    public PrepareCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        System.out.println(
                offline
                        ? "Checking that this laptop is ready for the workshop with no network (Maven runs offline) ..."
                        : "Preparing this laptop for the workshop (the first time downloads a few hundred MB and takes minutes) ...");
        List<Readiness> found = new ArrayList<>();
        report(found, java());
        javaHome().ifPresent(problem -> report(found, problem));
        report(found, bash());
        report(found, git());
        if (!offline) {
            installMoto();
        }
        report(found, dynamoDb());
        report(found, port());
        MavenBuild maven = new MavenBuild(
                workspace.root(), workspace.root().resolve(".workshop").resolve("prepare"));
        List<String> failedDownloads = new ArrayList<>();
        for (MavenRun run : MAVEN_RUNS) {
            report(
                    found,
                    toolsJustBuilt(run)
                            ? Readiness.ready(run.what(), "built just now, as ./workshop started")
                            : build(maven, run, failedDownloads));
        }
        report(found, smokeTest());
        return summary(found, failedDownloads);
    }

    private static void report(List<Readiness> found, Readiness readiness) {
        found.add(readiness);
        System.out.printf("  %-4s %s: %s%n", readiness.ready() ? "ok" : "FIX", readiness.what(), readiness.found());
    }

    private int summary(List<Readiness> found, List<String> failedDownloads) {
        List<Readiness> toFix = found.stream().filter(r -> !r.ready()).toList();
        System.out.println();
        if (toFix.isEmpty()) {
            System.out.println(
                    offline
                            ? "Ready: every build ran offline and nothing needed downloading. This laptop needs no network for the workshop."
                            : "Ready. To prove nothing needs the network any more: ./workshop prepare --offline");
            return 0;
        }
        System.out.println("Not ready yet. To fix:");
        // Things with the same fix (every Maven run, when there is no network) are one item.
        Map<String, List<String>> byFix = new LinkedHashMap<>();
        toFix.forEach(item -> byFix.computeIfAbsent(item.fix().orElse(""), fix -> new ArrayList<>())
                .add(item.what()));
        int number = 0;
        for (Map.Entry<String, List<String>> fix : byFix.entrySet()) {
            System.out.println("  " + (++number) + ". " + String.join("; ", fix.getValue()) + ": " + fix.getKey());
        }
        if (downloadsFailed) {
            List<String> ready =
                    found.stream().filter(Readiness::ready).map(Readiness::what).toList();
            System.out.println();
            if (!failedDownloads.isEmpty()) {
                System.out.println((offline ? "Not downloaded yet" : "Downloads that failed") + " ("
                        + failedDownloads.size() + "): "
                        + String.join(", ", failedDownloads.subList(0, Math.min(8, failedDownloads.size())))
                        + (failedDownloads.size() > 8 ? ", and " + (failedDownloads.size() - 8) + " more" : "")
                        + " (Maven's output: .workshop/prepare/).");
            }
            if (!ready.isEmpty()) {
                System.out.println("The rest is ready: " + String.join("; ", ready) + ".");
            }
        }
        return 1;
    }

    private static Readiness java() {
        Runtime.Version version = Runtime.version();
        String found = "Java " + version + " (" + System.getProperty("java.home") + ")";
        return version.feature() >= 17
                ? Readiness.ready("Java 17 or newer", found)
                : Readiness.toFix(
                        "Java 17 or newer",
                        found,
                        "install a JDK 17 or newer (e.g. from https://adoptium.net) and put it first on PATH");
    }

    /** The Maven wrapper runs the Java JAVA_HOME names, when it is set: it must be 17+ too. */
    private static Optional<Readiness> javaHome() {
        String javaHome = System.getenv("JAVA_HOME");
        if (javaHome == null || javaHome.isBlank()) {
            return Optional.empty();
        }
        Path release = Path.of(javaHome).resolve("release");
        String fix = "point JAVA_HOME at a JDK 17 or newer, e.g. this one: export JAVA_HOME="
                + System.getProperty("java.home") + " (on Windows: set JAVA_HOME=...), or unset it";
        try {
            Optional<String> version = Files.readAllLines(release, StandardCharsets.UTF_8).stream()
                    .filter(line -> line.startsWith("JAVA_VERSION="))
                    .map(line -> line.substring("JAVA_VERSION=".length())
                            .replace("\"", "")
                            .strip())
                    .findFirst();
            if (version.isEmpty()) {
                return Optional.of(Readiness.toFix(
                        "JAVA_HOME (the Java Maven uses)", javaHome + " does not say its Java version", fix));
            }
            int feature =
                    Integer.parseInt(version.get().replaceFirst("^1\\.", "").split("[.+\\-]")[0]);
            return feature >= 17
                    ? Optional.of(Readiness.ready(
                            "JAVA_HOME (the Java Maven uses)", "Java " + version.get() + " (" + javaHome + ")"))
                    : Optional.of(Readiness.toFix(
                            "JAVA_HOME (the Java Maven uses)", "Java " + version.get() + " (" + javaHome + ")", fix));
        } catch (IOException | NumberFormatException e) {
            return Optional.of(Readiness.toFix("JAVA_HOME (the Java Maven uses)", javaHome + " is not a JDK", fix));
        }
    }

    private static Readiness bash() {
        boolean windows = System.getProperty("os.name", "").startsWith("Windows");
        Optional<String> version = firstLine("bash", "--version");
        if (version.isPresent()) {
            return Readiness.ready("bash (runs ./workshop and ./mvnw)", version.get());
        }
        return windows
                ? Readiness.ready(
                        "bash (runs ./workshop and ./mvnw)",
                        "not found, and not needed on Windows: use workshop.cmd and mvnw.cmd")
                : Readiness.toFix(
                        "bash (runs ./workshop and ./mvnw)",
                        "not found",
                        "install bash with your system's package manager (e.g. sudo apt-get install bash)");
    }

    private static Readiness git() {
        return firstLine("git", "--version")
                .map(version -> Readiness.ready("git (reset and solution read the starters from it)", version))
                .orElseGet(() -> Readiness.toFix(
                        "git (reset and solution read the starters from it)",
                        "not found",
                        "install git (https://git-scm.com/downloads), then clone the workshop with it"));
    }

    private static Readiness dynamoDb() {
        String what = "DynamoDB for the checks (moto, or Docker)";
        try (RunningDynamoDb dynamoDb = DynamoDbBackends.start()) {
            return Readiness.ready(what, dynamoDb.endpoint().description());
        } catch (BackendUnavailableException e) {
            return Readiness.toFix(what, "none found", e.getMessage());
        }
    }

    /** Offers the workshop's own moto when it is missing (again after an earlier "no"); a failure is reported below. */
    private void installMoto() {
        try {
            MotoSetup.onThisMachine(workspace).offer(true, yes);
        } catch (WorkshopException e) {
            System.out.println(e.getMessage().indent(7).stripTrailing());
        }
    }

    /** The port {@code ./workshop run} serves on by default, and a free one for the local backends. */
    private Readiness port() {
        int runPort = Integer.parseInt(new CommandLine(new RunCommand(workspace))
                .getCommandSpec()
                .findOption("--port")
                .defaultValue());
        String what = "Port " + runPort + " on 127.0.0.1 (./workshop run)";
        try (ServerSocket any = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            try (ServerSocket run = new ServerSocket(runPort, 1, InetAddress.getLoopbackAddress())) {
                return Readiness.ready(
                        what, "free (and free ports for the local backends, e.g. " + any.getLocalPort() + ")");
            } catch (IOException inUse) {
                return Readiness.toFix(
                        what,
                        "in use by another program",
                        "stop the program that uses port " + runPort
                                + ", or run the steps on another port: ./workshop run step-1 --port " + (runPort + 1));
            }
        } catch (IOException e) {
            return Readiness.toFix(
                    "Free ports on 127.0.0.1",
                    "none could be opened: " + e.getMessage(),
                    "allow Java to open local ports (a firewall or security tool may block it)");
        }
    }

    /**
     * On a laptop's first command, the launcher (or the CLI, after a {@code git pull}) has just built
     * the tools with this very Maven run, online: running it again would fetch nothing and take a
     * minute. Offline, it runs again: that is the proof.
     */
    private boolean toolsJustBuilt(MavenRun run) {
        return !offline && run.log().equals("tools") && Boolean.getBoolean(ToolsBuild.FRESH_PROPERTY);
    }

    private Readiness build(MavenBuild maven, MavenRun run, List<String> failedDownloads)
            throws IOException, InterruptedException {
        String logName = run.log();
        String what = run.what();
        List<String> command = new ArrayList<>(run.arguments());
        if (offline) {
            command.add(0, "-o");
        }
        System.out.println("       running " + MavenBuild.display(command) + " ...");
        MavenBuild.Outcome outcome = maven.run(logName, command);
        String took = Math.round(outcome.took().toMillis() / 1000.0) + " s";
        if (outcome.succeeded()) {
            return Readiness.ready(what, "done in " + took + (offline ? ", offline" : ""));
        }
        List<String> failed = MavenDownloads.failed(outcome.output());
        String log = workspace.root().relativize(maven.log(logName)).toString();
        if (!failed.isEmpty() || MavenDownloads.networkTrouble(outcome.output())) {
            downloadsFailed = true;
            failed.stream()
                    .filter(artifact -> !failedDownloads.contains(artifact))
                    .forEach(failedDownloads::add);
            String count = failed.isEmpty() ? "" : failed.size() + " ";
            String found =
                    (offline ? count + "libraries or plugins are not downloaded yet" : count + "downloads failed")
                            + (MavenDownloads.networkTrouble(outcome.output()) && !offline ? " (no network?)" : "")
                            + "; Maven's output: " + log;
            return Readiness.toFix(
                    what,
                    found,
                    offline
                            ? "run ./workshop prepare where Maven Central (https://repo.maven.apache.org) is reachable, or copy a prepared repository in (instructor guide), then ./workshop prepare --offline again"
                            : "connect to a network that reaches Maven Central (https://repo.maven.apache.org), then run ./workshop prepare again");
        }
        return Readiness.toFix(
                what,
                "the build failed: " + String.join(" / ", MavenDownloads.lastErrors(outcome.output(), 3))
                        + " (all of it: " + log + ")",
                "read " + log
                        + "; if you changed files under account-service/ or workshop-kit/, undo that (git checkout -- account-service workshop-kit) and run ./workshop prepare again");
    }

    /** Step 1's checks on its untouched starter: every check must run and judge (none may crash). */
    private Readiness smokeTest() {
        String what = "Step 1's checks on the starter (smoke test)";
        Step step = workspace.steps().all().get(0);
        try {
            CompiledStep starter = workspace.build(step, CodeVariant.STARTER);
            StepResult result = new Grader().grade(starter);
            long crashed = result.checks().stream()
                    .filter(check -> check.status() == CheckStatus.ERROR)
                    .count();
            if (result.checks().isEmpty() || crashed > 0) {
                String first = result.checks().stream()
                        .filter(check -> check.status() == CheckStatus.ERROR)
                        .findFirst()
                        .map(check -> check.message().lines().findFirst().orElse(""))
                        .orElse("no checks ran");
                return Readiness.toFix(
                        what,
                        crashed + " of " + result.checks().size() + " checks could not run: " + first,
                        "run ./workshop check " + step.name()
                                + " to see every message; the lines above say what is missing");
            }
            return Readiness.ready(
                    what,
                    result.checks().size() + " checks ran (" + result.passed() + " pass, " + result.failed()
                            + " fail, as they do before a learner's work)");
        } catch (WorkshopException | BackendUnavailableException e) {
            return Readiness.toFix(
                    what,
                    e.getMessage().lines().findFirst().orElse(""),
                    "fix what the lines above say, then run ./workshop prepare again");
        } catch (UncheckedIOException e) {
            return Readiness.toFix(
                    what, String.valueOf(e.getMessage()), "run ./workshop check " + step.name() + " to see more");
        }
    }

    /** The first line a program prints, when it runs and succeeds. */
    private static Optional<String> firstLine(String... command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(15, TimeUnit.SECONDS) || process.exitValue() != 0) {
                return Optional.empty();
            }
            return output.lines().filter(line -> !line.isBlank()).findFirst().map(String::strip);
        } catch (IOException notInstalled) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
