package workshop.verification.robustness;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import workshop.kit.tools.ToolsBuild;

/**
 * A Java program run as a child process on this JVM's test classpath, its output collected line by
 * line, for tests of what processes a command leaves behind. Its descendants (moto_server ...) are
 * remembered while it runs, so they can be checked after it ends.
 */
public final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final List<String> lines = Collections.synchronizedList(new ArrayList<>());
    private final Set<ProcessHandle> descendantsSeen = ConcurrentHashMap.newKeySet();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader in = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        for (String line; (line = in.readLine()) != null; ) lines.add(line);
                    } catch (IOException ignored) {
                        // the process ended
                    }
                },
                "child-jvm-output");
        reader.setDaemon(true);
        reader.start();
    }

    /** The classpath of the tests running now (surefire's, not its booter jar). */
    public static String testClasspath() {
        return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    }

    public static ChildJvm start(Path workingDirectory, List<String> jvmOptions, String mainClass, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        // As the launchers start the tools' commands: a child runs for seconds.
        command.add(ToolsBuild.QUICK_START);
        command.addAll(jvmOptions);
        command.add("-cp");
        command.add(testClasspath());
        command.add(mainClass);
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(workingDirectory.toFile()).redirectErrorStream(true);
        // The tests read what the tools print in English, whatever the language of the machine they run on.
        builder.environment().put("WORKSHOP_LANG", "en");
        return new ChildJvm(builder.start());
    }

    /** Waits until a line matches (true) or the time is up or the process ended (false). */
    public boolean awaitLine(Predicate<String> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            rememberDescendants();
            synchronized (lines) {
                if (lines.stream().anyMatch(wanted)) return true;
            }
            if (!process.isAlive()) return false;
            Thread.sleep(50);
        }
        return false;
    }

    public void rememberDescendants() {
        process.descendants().forEach(descendantsSeen::add);
    }

    /** Sends a signal by name (INT, TERM) with kill(1). */
    public void signal(String name) throws IOException, InterruptedException {
        if (name.equals("INT")) {
            requireSigintHandled();
        }
        rememberDescendants();
        new ProcessBuilder("kill", "-" + name, Long.toString(process.pid()))
                .inheritIO()
                .start()
                .waitFor(5, TimeUnit.SECONDS);
    }

    /**
     * A build started in the background by a script ({@code mvnw ... &}, no job control) runs with
     * SIGINT ignored, and every process it starts inherits that: this one would then ignore Ctrl-C
     * whatever its code does. Says so, instead of letting a test report that it did not stop.
     * (Linux's /proc tells; elsewhere nothing is checked.)
     */
    private void requireSigintHandled() throws IOException {
        Path status = Path.of("/proc", Long.toString(process.pid()), "status");
        if (!Files.isReadable(status)) {
            return;
        }
        long ignored = Files.readAllLines(status).stream()
                .filter(line -> line.startsWith("SigIgn:"))
                .mapToLong(line -> Long.parseUnsignedLong(
                        line.substring("SigIgn:".length()).strip(), 16))
                .findFirst()
                .orElse(0);
        long sigint = 1L << (2 - 1); // bit n-1 stands for signal n; SIGINT is 2
        if ((ignored & sigint) != 0) {
            throw new IllegalStateException("The process this test sends Ctrl-C to ignores SIGINT (so says " + status
                    + "), so Ctrl-C cannot be tested. The usual cause: the build was started in the background by a"
                    + " script, without job control, and every process it starts inherits SIGINT ignored. Run it in"
                    + " the foreground, or in a shell with job control (set -m).");
        }
    }

    /** The exit code, or empty-handed -1 if it did not end in time (then it is killed). */
    public int awaitExit(Duration timeout) throws InterruptedException {
        if (process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) return process.exitValue();
        return -1;
    }

    public Set<ProcessHandle> descendantsSeen() {
        return Set.copyOf(descendantsSeen);
    }

    /** Descendants seen while it ran that are still alive after {@code grace}. */
    public Set<ProcessHandle> orphans(Duration grace) throws InterruptedException {
        long deadline = System.nanoTime() + grace.toNanos();
        while (System.nanoTime() < deadline && descendantsSeen.stream().anyMatch(ProcessHandle::isAlive))
            Thread.sleep(50);
        return descendantsSeen.stream().filter(ProcessHandle::isAlive).collect(Collectors.toSet());
    }

    public String output() {
        synchronized (lines) {
            return String.join(System.lineSeparator(), lines);
        }
    }

    public long pid() {
        return process.pid();
    }

    /** Kills the child and whatever it left (used only when a test fails half-way). */
    @Override
    public void close() {
        rememberDescendants();
        if (process.isAlive()) process.destroyForcibly();
        descendantsSeen.stream().filter(ProcessHandle::isAlive).forEach(ProcessHandle::destroyForcibly);
    }

    static String separator() {
        return File.pathSeparator;
    }
}
