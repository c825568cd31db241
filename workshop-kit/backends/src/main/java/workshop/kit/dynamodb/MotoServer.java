package workshop.kit.dynamodb;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One {@code moto_server} process on a free loopback port: started, waited for, reset and stopped.
 *
 * <p>The process is ours, so we must never leave it behind: {@link #close()} stops it, and a JVM
 * shutdown hook does the same if the JVM ends first (Ctrl-C, a test run that fails). Stopping
 * covers the whole process tree, because {@code moto_server} may be a launcher (a pyenv shim, a
 * Windows .exe) whose Python runs as a child process.
 */
final class MotoServer implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final Duration POLL_INTERVAL = Duration.ofMillis(50);
    private static final Duration STOP_GRACE = Duration.ofSeconds(5);
    private static final int START_ATTEMPTS = 3;

    // HTTP/1.1 on purpose: the JDK's client would otherwise offer an h2c upgrade to a dev web server.
    private static final HttpClient HTTP = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(1))
            .build();

    private final MotoInstallation moto;
    private final Process process;
    private final int port;
    private final Path log;
    private final CompletableFuture<String> version;
    private final Thread shutdownHook;
    private final AtomicBoolean stopped = new AtomicBoolean();

    private MotoServer(MotoInstallation moto, Process process, int port, Path log, CompletableFuture<String> version) {
        this.moto = moto;
        this.process = process;
        this.port = port;
        this.log = log;
        this.version = version;
        this.shutdownHook = new Thread(this::stopProcessTree, "stop moto_server on port " + port);
    }

    /**
     * Starts moto and returns once it answers HTTP. Between picking a free port and moto binding it,
     * another program may grab that port; then moto exits with "Address already in use" and we try
     * again on another port.
     */
    static MotoServer start(MotoInstallation moto) {
        BackendUnavailableException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            try {
                return startOnce(moto, freeLoopbackPort());
            } catch (PortTakenException e) {
                lastFailure = e.failure;
            }
        }
        throw lastFailure;
    }

    private static MotoServer startOnce(MotoInstallation moto, int port) {
        Path log = createLogFile();
        List<String> command = new ArrayList<>(moto.serverCommand());
        command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
        command = stoppingWithThisJvm(command);
        Process process;
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
        } catch (IOException e) {
            throw new BackendUnavailableException(
                    "Could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
        }
        // Reading the version takes ~0.1 s; do it while moto starts (~0.7 s) so it costs nothing.
        CompletableFuture<String> version = CompletableFuture.supplyAsync(() -> versionOf(moto));
        MotoServer server = new MotoServer(moto, process, port, log, version);
        Runtime.getRuntime().addShutdownHook(server.shutdownHook);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /**
     * A shutdown hook stops moto when this JVM ends normally or on Ctrl-C, but nothing runs when the
     * JVM is killed hard (SIGKILL, an IDE's stop button, a crash). So on Unix moto runs under a small
     * shell watchdog that checks every second whether this JVM still lives, and stops moto when it
     * does not. (On Windows a killed JVM's moto is left to the shutdown hook alone.)
     */
    private static List<String> stoppingWithThisJvm(List<String> command) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return command;
        }
        String watchdog = "parent=$1; shift; \"$@\" & child=$!; "
                + "trap 'kill $child 2>/dev/null' TERM INT HUP; "
                + "while kill -0 \"$parent\" 2>/dev/null && kill -0 \"$child\" 2>/dev/null; do sleep 1; done; "
                + "kill \"$child\" 2>/dev/null; wait \"$child\"";
        List<String> wrapped = new ArrayList<>(List.of(
                "/bin/sh",
                "-c",
                watchdog,
                "moto-watchdog",
                Long.toString(ProcessHandle.current().pid())));
        wrapped.addAll(command);
        return wrapped;
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + port);
    }

    int port() {
        return port;
    }

    /** moto's version, e.g. "5.2.1", or "" if it could not be read. */
    String version() {
        return version.join(); // done long ago: moto takes longer to start than this to answer
    }

    MotoInstallation installation() {
        return moto;
    }

    ProcessHandle process() {
        return process.toHandle();
    }

    /** Wipes all of moto's state (every table of every region) in ~10 ms, through moto's own API. */
    void reset() {
        reset(uri());
    }

    /** The same for the moto at {@code uri}, whoever started it. */
    static void reset(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/moto-api/reset"))
                .timeout(Duration.ofSeconds(10))
                .POST(HttpRequest.BodyPublishers.noBody())
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(
                        "moto reset answered HTTP " + response.statusCode() + ": " + response.body());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not reach moto at " + uri + " to reset it", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while resetting moto", e);
        }
    }

    /** Stops the process tree (a no-op the second time) and forgets the shutdown hook. */
    @Override
    public void close() {
        stopProcessTree();
        try {
            Runtime.getRuntime().removeShutdownHook(shutdownHook);
        } catch (IllegalStateException alreadyShuttingDown) {
            // The hook is running or about to run; it will find the work done.
        }
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                String tail = lastLinesOfLog(15);
                BackendUnavailableException failure = new BackendUnavailableException(
                        moto.displayName() + " exited (code " + process.exitValue() + ") before it answered on "
                                + uri() + ". Last lines of its log (" + log + "):\n" + tail
                                + "\nTry running `" + String.join(" ", moto.serverCommand())
                                + " -H 127.0.0.1 -p 5000` yourself to see"
                                + " what is wrong. " + reinstall(moto)
                                + " Or set AWS_ENDPOINT_URL_DYNAMODB to a running endpoint.");
                if (tail.contains("Address already in use")) {
                    throw new PortTakenException(failure);
                }
                throw failure;
            }
            if (answers()) {
                return;
            }
            sleep(POLL_INTERVAL);
        }
        throw new BackendUnavailableException(
                moto.displayName() + " did not answer on " + uri() + " within " + READY_TIMEOUT.toSeconds()
                        + " s. Last lines of its log (" + log + "):\n" + lastLinesOfLog(15)
                        + "\nIs the machine very busy? Try again, or set AWS_ENDPOINT_URL_DYNAMODB to a running endpoint.");
    }

    /** How to get a moto that works again: the workshop's own is simply made again. */
    private static String reinstall(MotoInstallation moto) {
        PrivateMoto privateMoto = PrivateMoto.ofThisWorkshop();
        return privateMoto.holds(moto.serverCommand().get(0))
                ? "To install the workshop's own moto again: delete " + PrivateMoto.DIRECTORY
                        + ", then run ./workshop prepare."
                : "Reinstall moto the way you installed it, or remove it: then ./workshop prepare offers to install the workshop's own copy"
                        + " into " + PrivateMoto.DIRECTORY + ".";
    }

    /** True once moto's own API answers; anything else (refused, timeout) means "not yet". */
    private boolean answers() {
        return answers(uri());
    }

    /** True if a moto answers at {@code uri}. */
    static boolean answers(URI uri) {
        HttpRequest request = HttpRequest.newBuilder(uri.resolve("/moto-api/"))
                .timeout(Duration.ofSeconds(2))
                .GET()
                .build();
        try {
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notYet) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("Interrupted while waiting for moto to start", e);
        }
    }

    /**
     * Asks the process and all its descendants to stop, gives them {@link #STOP_GRACE} together, then
     * kills whatever is left. The descendants are listed first: once the parent is gone they would no
     * longer be found through it.
     */
    private void stopProcessTree() {
        if (!stopped.compareAndSet(false, true)) {
            return;
        }
        List<ProcessHandle> tree = new ArrayList<>();
        tree.add(process.toHandle());
        process.descendants().forEach(tree::add);
        tree.forEach(ProcessHandle::destroy);
        long deadline = System.nanoTime() + STOP_GRACE.toNanos();
        for (ProcessHandle handle : tree) {
            long left = Math.max(0, deadline - System.nanoTime());
            if (!waitForExit(handle, left)) {
                handle.destroyForcibly();
                waitForExit(handle, TimeUnit.SECONDS.toNanos(2));
            }
        }
    }

    private static boolean waitForExit(ProcessHandle handle, long nanos) {
        try {
            handle.onExit().get(nanos, TimeUnit.NANOSECONDS);
            return true;
        } catch (TimeoutException e) {
            return false;
        } catch (ExecutionException e) {
            return !handle.isAlive();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !handle.isAlive();
        }
    }

    private String lastLinesOfLog(int count) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - count), lines.size());
            return tail.isEmpty() ? "  (empty)" : "  " + String.join("\n  ", tail);
        } catch (IOException e) {
            return "  (could not read it: " + e.getMessage() + ")";
        }
    }

    /** Reads the installed package's metadata, which is much faster than importing moto. */
    static String versionOf(MotoInstallation moto) {
        if (moto.python().isEmpty()) {
            return "";
        }
        try {
            Process probe = new ProcessBuilder(
                            moto.python().get().toString(),
                            "-c",
                            "import importlib.metadata as m; print(m.version('moto'))")
                    .redirectErrorStream(true)
                    .start();
            if (!probe.waitFor(5, TimeUnit.SECONDS)) {
                probe.destroyForcibly();
                return "";
            }
            String output = new String(probe.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
            return probe.exitValue() == 0 && output.matches("[0-9][0-9A-Za-z.+-]*") ? output : "";
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }

    /**
     * Asks the OS for a free port by binding port 0, then releases it for moto. Another program could
     * take it in between; {@link #start} handles that.
     */
    static int freeLoopbackPort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not find a free port on 127.0.0.1", e);
        }
    }

    private static Path createLogFile() {
        try {
            Path log = Files.createTempFile("moto_server-", ".log");
            log.toFile().deleteOnExit();
            return log;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a log file for moto_server", e);
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("Interrupted while waiting for moto to start", e);
        }
    }

    /** moto lost the race for its port; {@link #start} tries another. */
    private static final class PortTakenException extends RuntimeException {
        final BackendUnavailableException failure;

        PortTakenException(BackendUnavailableException failure) {
            super(failure.getMessage(), null, false, false);
            this.failure = failure;
        }
    }
}
