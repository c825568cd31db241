package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The moto kept running between commands: the next command finds it, one command uses it at a
 * time, and it stops by itself, with every process it ran, once nobody uses it (idle, a holder that
 * died) or nothing records it any more.
 *
 * <p>Its tests run at the same time: each has its own directory and its own moto, and most of their
 * time is spent waiting (for moto to start, for the watchdog's next look).
 */
@Execution(ExecutionMode.CONCURRENT)
class WarmMotoTest {
    private static final Duration LONG_IDLE = Duration.ofSeconds(60);
    private static final Duration SHORT_IDLE = Duration.ofSeconds(1);
    /** The watchdog looks once a second; idle time plus this is when moto must be gone. */
    private static final Duration STOPPED_WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path directory;

    private MotoInstallation moto;

    @BeforeEach
    void needsMoto() {
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "moto is kept warm on Unix only");
        Optional<MotoInstallation> found = TestEnv.motoOnThisMachine();
        assumeTrue(found.isPresent(), "moto is not installed on this machine");
        moto = found.get();
    }

    @Test
    void theNextCommandFindsTheMotoTheFirstStarted() throws Exception {
        RunningDynamoDb first = claim(LONG_IDLE);
        int port = first.endpoint().uri().getPort();
        List<ProcessHandle> processes = processesOf(port);
        try (first;
                DynamoDbClient client = first.newClient()) {
            assertThat(first.endpoint().description())
                    .contains("started by the workshop")
                    .contains("on 127.0.0.1:" + port);
            first.createTable("accounts");
            TestEnv.putItem(client, "accounts", "USER#1", "PROFILE", "Ada");
        }
        assertThat(processes).as("moto, after the first command").isNotEmpty().allMatch(ProcessHandle::isAlive);

        try (RunningDynamoDb next = claim(LONG_IDLE);
                DynamoDbClient client = next.newClient()) {
            assertThat(next.endpoint().uri().getPort())
                    .as("the next command's moto")
                    .isEqualTo(port);
            assertThat(next.endpoint().description()).contains("kept running by the workshop");
            assertThat(client.listTables().tableNames())
                    .as("what the first command left")
                    .containsExactly("accounts");
            next.reset();
            assertThat(client.listTables().tableNames()).isEmpty();
        }

        // Nothing records it any more (say, .workshop/ was deleted): it stops at once, not after the idle time.
        Files.delete(directory.resolve("server"));
        expectStopped(processes);
    }

    @Test
    void oneCommandAtATime() throws Exception {
        try (RunningDynamoDb holder = claim(LONG_IDLE)) {
            Optional<RunningDynamoDb> meanwhile = WarmMoto.claim(directory, LONG_IDLE, moto, "us-east-1");
            assertThat(meanwhile)
                    .as("a claim while another command uses the warm moto")
                    .isEmpty();
            Files.delete(directory.resolve("server"));
            expectStopped(processesOf(holder.endpoint().uri().getPort()));
        }
    }

    @Test
    void stopsByItselfOnceIdle() throws Exception {
        RunningDynamoDb used = claim(SHORT_IDLE);
        List<ProcessHandle> processes = processesOf(used.endpoint().uri().getPort());
        assertThat(processes).isNotEmpty();
        Thread.sleep(2500); // in use for longer than the idle time: it keeps running
        assertThat(processes).as("moto while a command holds it").allMatch(ProcessHandle::isAlive);
        used.close();
        expectStopped(processes);
        assertThat(directory.resolve("server"))
                .as("the record of a stopped moto")
                .doesNotExist();
    }

    @Test
    void aHolderThatDiedWithoutSayingSoCountsAsIdle() throws Exception {
        RunningDynamoDb holder = claim(SHORT_IDLE);
        List<ProcessHandle> processes = processesOf(holder.endpoint().uri().getPort());
        // As a command killed with SIGKILL leaves it: "held" by a process that is no more.
        Process gone = new ProcessBuilder("true").start();
        gone.waitFor();
        Files.writeString(directory.resolve("user"), "held " + gone.pid() + " 0");
        expectStopped(processes);
        holder.close();
    }

    @Test
    void aLauncherThatForksPythonIsStoppedTogetherWithItsChild(@TempDir Path bin) throws Exception {
        Path launcher = bin.resolve("moto_server");
        Files.writeString(launcher, "#!/bin/sh\n\"" + moto.serverCommand().get(0) + "\" \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));
        moto = new MotoInstallation(List.of(launcher.toString()), Optional.empty());
        RunningDynamoDb used = claim(SHORT_IDLE);
        List<ProcessHandle> processes = processesOf(used.endpoint().uri().getPort());
        assertThat(processes).as("the launcher and its python").hasSizeGreaterThan(1);
        used.close();
        expectStopped(processes);
    }

    /**
     * The warm moto's processes: the watchdog, moto (and a launcher's child), each naming the port on
     * its command line. Not the watchdog's passing sleep and cat, nor the subshell it forks to run
     * them: until that subshell has started cat, it is a copy of the watchdog, command line and all,
     * and a moment later it is gone (on a busy machine the moment is long enough to be seen here).
     */
    private static List<ProcessHandle> processesOf(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> commandLine(process).contains("-p " + port))
                .filter(process ->
                        !process.parent().map(WarmMotoTest::commandLine).equals(Optional.of(commandLine(process))))
                .toList();
    }

    private static String commandLine(ProcessHandle process) {
        return process.info().commandLine().orElse("");
    }

    private RunningDynamoDb claim(Duration idle) {
        Optional<RunningDynamoDb> claimed = WarmMoto.claim(directory, idle, moto, "us-east-1");
        assertThat(claimed).as("the warm moto, with nobody else using it").isPresent();
        return claimed.get();
    }

    /** Every process gone within {@link #STOPPED_WITHIN}, or the test fails (and stops them). */
    private static void expectStopped(List<ProcessHandle> processes) throws InterruptedException, IOException {
        long deadline = System.nanoTime() + STOPPED_WITHIN.toNanos();
        while (System.nanoTime() < deadline && processes.stream().anyMatch(ProcessHandle::isAlive)) {
            Thread.sleep(100);
        }
        List<ProcessHandle> left =
                processes.stream().filter(ProcessHandle::isAlive).toList();
        left.forEach(ProcessHandle::destroyForcibly);
        assertThat(left)
                .as("processes of the warm moto still running %s s later", STOPPED_WITHIN.toSeconds())
                .isEmpty();
    }
}
