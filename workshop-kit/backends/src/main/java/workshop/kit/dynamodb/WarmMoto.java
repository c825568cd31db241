package workshop.kit.dynamodb;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;

/**
 * A {@code moto_server} kept running between the workshop's commands, so that a learner's next
 * {@code ./workshop check} finds it started instead of paying a second for its start. One command
 * at a time uses it; it stops by itself once no command has used it for a while (the idle time),
 * and never outlives that, however the commands that used it ended.
 *
 * <p>Its state is a directory (the learner's {@code .workshop/warm-moto/}):
 *
 * <ul>
 *   <li>{@code lock}: the command using moto holds an OS lock on it (released by the OS when that
 *       command's JVM ends, even killed), so two commands never reset each other's tables. A
 *       command that finds it held starts a moto of its own, as without warm backends;
 *   <li>{@code server}: the port and a token of the moto running now;
 *   <li>{@code user}: {@code held <pid> <n>} while a command uses it, {@code free <n>} after;
 *   <li>{@code version} and {@code moto.log}: moto's version and what it printed, for people.
 * </ul>
 *
 * <p>moto runs under a small shell watchdog (Unix only; elsewhere moto is started per command). It
 * stops moto, and a child moto's launcher may have started, when the directory no longer records
 * it ({@code server} deleted or naming another: deleting {@code .workshop/} stops it), or when
 * {@code user} has said neither "held" by a living process nor anything new for the idle time. Before stopping it takes {@code server} away, then looks at {@code user} once more: a
 * command writes {@code user} before it reads {@code server}, so a command that found this moto
 * has always said so by then, and the watchdog puts {@code server} back and waits again.
 */
final class WarmMoto extends DynamoDbBackend {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(20);
    private static final int START_ATTEMPTS = 3;

    /** The watchdog: {@code sh -c WATCHDOG warm-moto DIR IDLE_SECONDS "PORT TOKEN" moto_server ...}. */
    private static final String WATCHDOG = String.join(
            "\n",
            "dir=$1; idle=$2; me=$3; shift 3",
            "\"$@\" </dev/null & moto=$!",
            "stop() { kill $moto $(pgrep -P $moto 2>/dev/null) 2>/dev/null; }",
            "trap 'stop' TERM INT HUP",
            "quiet=0; last=",
            "while kill -0 $moto 2>/dev/null; do",
            "  [ \"$(cat \"$dir/server\" 2>/dev/null)\" = \"$me\" ] || break",
            "  user=$(cat \"$dir/user\" 2>/dev/null)",
            "  busy=no",
            "  case $user in \"held \"*) pid=${user#held }; pid=${pid%% *}; kill -0 \"$pid\" 2>/dev/null && busy=yes ;; esac",
            "  if [ $busy = yes ] || [ \"$user\" != \"$last\" ]; then quiet=0; last=$user; else quiet=$((quiet + 1)); fi",
            "  if [ $quiet -ge \"$idle\" ]; then",
            "    mv \"$dir/server\" \"$dir/server.retiring\" 2>/dev/null || break",
            "    if [ \"$(cat \"$dir/user\" 2>/dev/null)\" = \"$last\" ]; then rm -f \"$dir/server.retiring\"; break; fi",
            "    ln \"$dir/server.retiring\" \"$dir/server\" 2>/dev/null || { rm -f \"$dir/server.retiring\"; break; }",
            "    rm -f \"$dir/server.retiring\"; quiet=0",
            "  fi",
            "  sleep 1",
            "done",
            "stop; wait $moto");

    private static final SecureRandom RANDOM = new SecureRandom();

    private final Path directory;
    private final FileChannel lockFile;
    private final FileLock lock;

    private WarmMoto(DynamoDbEndpoint endpoint, Path directory, FileChannel lockFile, FileLock lock) {
        super(endpoint);
        this.directory = directory;
        this.lockFile = lockFile;
        this.lock = lock;
    }

    /**
     * The warm moto of {@code directory}, started if none runs; empty when another command is using
     * it (or on Windows): then the caller starts a moto of its own.
     */
    static Optional<RunningDynamoDb> claim(Path directory, Duration idle, MotoInstallation moto, String region) {
        if (System.getProperty("os.name", "").startsWith("Windows")) {
            return Optional.empty();
        }
        FileChannel lockFile = null;
        try {
            Files.createDirectories(directory);
            lockFile = FileChannel.open(directory.resolve("lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = tryLock(lockFile);
            if (lock == null) {
                lockFile.close();
                return Optional.empty();
            }
            // "held" first, the server second: see the class comment for why this order matters.
            write(directory.resolve("user"), "held " + ProcessHandle.current().pid() + " " + token());
            Optional<Integer> running = recordedPort(directory).filter(port -> MotoServer.answers(uri(port)));
            int port = running.isPresent() ? running.get() : start(directory, idle, moto);
            String version = readQuietly(directory.resolve("version"));
            String description =
                    moto.displayName() + (version.isEmpty() ? "" : " " + version) + " on 127.0.0.1:" + port + " ("
                            + (running.isPresent() ? "kept running" : "started") + " by the workshop; it stops after "
                            + idle.toSeconds() + " s without a command)";
            return Optional.of(new WarmMoto(
                    new DynamoDbEndpoint(uri(port), region, description, true), directory, lockFile, lock));
        } catch (IOException | UncheckedIOException e) {
            // No place to keep it (say, .workshop/ cannot be written): a moto of this command's own will do.
            closeQuietly(lockFile);
            return Optional.empty();
        } catch (RuntimeException e) {
            closeQuietly(lockFile);
            throw e;
        }
    }

    /** moto's own reset API, as for a moto started per command. */
    @Override
    public void reset() {
        MotoServer.reset(endpoint().uri());
    }

    /** Lets the next command have moto, and the idle time start; moto itself keeps running. */
    @Override
    protected void stop() {
        try {
            write(directory.resolve("user"), "free " + token());
        } catch (IOException | UncheckedIOException e) {
            // The directory went away: the watchdog stops moto, which is all "free" would lead to.
        }
        try {
            lock.release();
            lockFile.close();
        } catch (IOException e) {
            // The OS releases the lock with this JVM anyway.
        }
    }

    /** Starts moto under the watchdog on a free port, records it, and waits until it answers; its port. */
    private static int start(Path directory, Duration idle, MotoInstallation moto) throws IOException {
        Path log = directory.resolve("moto.log");
        BackendUnavailableException lastFailure = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            int port = MotoServer.freeLoopbackPort();
            String server = port + " " + token();
            // Recorded before it starts: the watchdog stops moto as soon as it is not the one recorded.
            write(directory.resolve("server"), server);
            Files.deleteIfExists(directory.resolve("version"));
            List<String> command = new ArrayList<>(List.of(
                    "/bin/sh",
                    "-c",
                    WATCHDOG,
                    "warm-moto",
                    directory.toAbsolutePath().toString(),
                    Long.toString(Math.max(1, idle.toSeconds())),
                    server));
            command.addAll(moto.serverCommand());
            command.addAll(List.of("-H", "127.0.0.1", "-p", Integer.toString(port)));
            Process process = new ProcessBuilder(command)
                    .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.to(log.toFile()))
                    .start();
            // Reading the version takes ~0.1 s; done while moto starts, it costs nothing.
            CompletableFuture<String> version = CompletableFuture.supplyAsync(() -> MotoServer.versionOf(moto));
            long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
            while (process.isAlive() && System.nanoTime() < deadline) {
                if (MotoServer.answers(uri(port))) {
                    write(directory.resolve("version"), version.join());
                    return port;
                }
                sleep();
            }
            String tail = lastLines(log);
            if (process.isAlive()) {
                Files.deleteIfExists(directory.resolve("server")); // its watchdog stops it
                throw new BackendUnavailableException(
                        moto.displayName() + " did not answer on " + uri(port) + " within "
                                + READY_TIMEOUT.toSeconds() + " s. Its log (" + log + "):\n" + tail
                                + "\nIs the machine very busy? Try again, or set AWS_ENDPOINT_URL_DYNAMODB to a running endpoint.");
            }
            lastFailure = new BackendUnavailableException(
                    moto.displayName() + " exited before it answered on " + uri(port)
                            + ". Its log (" + log + "):\n" + tail + "\nTry running `" + moto.displayName()
                            + " -H 127.0.0.1 -p 5000` yourself to see"
                            + " what is wrong, reinstall it with pip install \"moto[server]\", or set AWS_ENDPOINT_URL_DYNAMODB to a running endpoint.");
            if (!tail.contains("Address already in use")) {
                throw lastFailure;
            }
        }
        throw lastFailure;
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException heldInThisJvm) {
            return null;
        }
    }

    private static Optional<Integer> recordedPort(Path directory) {
        try {
            String[] portAndToken =
                    Files.readString(directory.resolve("server")).strip().split(" ");
            return Optional.of(Integer.parseInt(portAndToken[0]));
        } catch (IOException | RuntimeException notRecorded) {
            return Optional.empty();
        }
    }

    private static URI uri(int port) {
        return URI.create("http://127.0.0.1:" + port);
    }

    private static String token() {
        byte[] bytes = new byte[8];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static String lastLines(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            List<String> tail = lines.subList(Math.max(0, lines.size() - 15), lines.size());
            return tail.isEmpty() ? "  (empty)" : "  " + String.join("\n  ", tail);
        } catch (IOException e) {
            return "  (could not read it: " + e.getMessage() + ")";
        }
    }

    private static String readQuietly(Path file) {
        try {
            return Files.isRegularFile(file)
                    ? Files.readString(file, StandardCharsets.UTF_8).strip()
                    : "";
        } catch (IOException e) {
            return "";
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BackendUnavailableException("Interrupted while waiting for moto to start", e);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to do
            }
        }
    }
}
