package workshop.verification.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.kit.dynamodb.DynamoDbBackends;
import workshop.kit.dynamodb.RunningDynamoDb;
import workshop.kit.gateway.LocalGateway;

/** The tooling under failure: moto dying mid-run, a busy port, and JVMs that end badly. */
class ToolingRobustnessTest {

    private static boolean motoOnPath() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(java.io.File.pathSeparator)) {
            if (java.nio.file.Files.isExecutable(Path.of(dir, "moto_server"))) return true;
        }
        return false;
    }

    @Test
    void motoDyingMidRunGivesAClearErrorNotAHang() {
        assumeTrue(motoOnPath(), "moto_server is not on PATH");
        long started = System.nanoTime();
        RunningDynamoDb dynamo = DynamoDbBackends.start();
        List<ProcessHandle> moto;
        String callError;
        String resetError;
        try (dynamo;
                DynamoDbClient client = dynamo.newClient()) {
            dynamo.createTable("accounts");
            moto = ProcessHandle.current()
                    .descendants()
                    .filter(p -> p.info()
                            .commandLine()
                            .orElse("")
                            .contains(String.valueOf(dynamo.endpoint().uri().getPort())))
                    .toList();
            assumeTrue(!moto.isEmpty(), "could not find the moto process this test started");
            moto.forEach(ProcessHandle::destroyForcibly);
            moto.forEach(p -> p.onExit().join());
            callError = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    client.listTables();
                    return "no error";
                } catch (RuntimeException e) {
                    return e.getClass().getSimpleName() + ": " + e.getMessage();
                }
            });
            resetError = Assertions.assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
                try {
                    dynamo.reset();
                    return "no error";
                } catch (RuntimeException e) {
                    return e.getMessage();
                }
            });
        }
        long millis = (System.nanoTime() - started) / 1_000_000;
        Figures.of("kit.moto-dies-mid-run")
                .put("moto_processes_killed", moto.size())
                .put(
                        "still_alive_after_close",
                        moto.stream().filter(ProcessHandle::isAlive).count())
                .put("ms", millis)
                .print();
        System.out.println("  call error: " + callError);
        System.out.println("  reset error: " + resetError);
        assertThat(callError).contains("Unable to execute HTTP request");
        assertThat(resetError).contains("Could not reach moto at");
    }

    @Test
    void aBusyPortGivesAClearMessage() throws Exception {
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = busy.getLocalPort();
            assertThatThrownBy(() -> LocalGateway.start((event, context) -> null, port, Optional.empty(), System.out))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining("Cannot listen on 127.0.0.1:" + port)
                    .hasMessageContaining("--port");
            Figures.of("kit.busy-port")
                    .put("port", port)
                    .put("clear_message", true)
                    .print();
        }
    }

    @Test
    void aCheckRunThatFailsLeavesNoProcessBehind() throws Exception {
        assumeTrue(motoOnPath(), "moto_server is not on PATH");
        int orphans = 0;
        int children = 0;
        for (String mode : List.of("exit", "throw")) {
            try (ChildJvm child = ChildJvm.start(Path.of("."), List.of(), ChecksThatFailMain.class.getName(), mode)) {
                assertThat(child.awaitLine("READY"::equals, Duration.ofSeconds(30)))
                        .as(child.output())
                        .isTrue();
                int exit = child.awaitExit(Duration.ofSeconds(20));
                assertThat(exit).as(child.output()).isEqualTo(1);
                var pids = child.output()
                        .lines()
                        .filter(l -> l.startsWith("CHILD "))
                        .map(l -> Long.parseLong(l.substring(6)))
                        .toList();
                children += pids.size();
                Thread.sleep(200);
                orphans += (int) pids.stream()
                        .map(ProcessHandle::of)
                        .filter(h -> h.map(ProcessHandle::isAlive).orElse(false))
                        .count();
            }
        }
        Figures.of("kit.failing-check-run")
                .put("runs", 2)
                .put("child_processes", children)
                .put("orphan_processes", orphans)
                .print();
        assertThat(children).isPositive();
        assertThat(orphans).isZero();
    }
}
