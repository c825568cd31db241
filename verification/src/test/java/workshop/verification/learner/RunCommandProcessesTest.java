package workshop.verification.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.verification.robustness.ChildJvm;
import workshop.verification.robustness.Figures;

/**
 * {@code ./workshop run step-3} as a child process (the CLI's main class on this module's test
 * classpath, i.e. what the launcher runs after its build step): Ctrl-C (SIGINT) stops it and every
 * process it started; a busy port is refused with a clear message, also leaving nothing behind.
 * And {@code ./workshop check}, whose moto is kept running for the next command: it stops by itself
 * once idle, however the check ended, SIGKILL included.
 */
class RunCommandProcessesTest {
    private static final String CLI = "workshop.kit.cli.WorkshopCli";

    private static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("workshop")) ? here : here.getParent();
    }

    private static void assumeRunnable() {
        assumeTrue(
                Files.exists(root().resolve("step-3-write-aside/serverless.yml")),
                "not in the workshop's source tree: skipping the launcher tests");
        String path = System.getenv().getOrDefault("PATH", "");
        boolean moto = java.util.Arrays.stream(path.split(java.io.File.pathSeparator))
                .anyMatch(d -> Files.isExecutable(Path.of(d, "moto_server")));
        assumeTrue(moto, "moto_server is not on PATH: skipping the launcher tests");
        assumeTrue(System.getenv("MOMENTO_API_KEY") == null, "MOMENTO_API_KEY is set: skipping the launcher tests");
    }

    @Test
    void ctrlCStopsRunAndEverythingItStarted() throws Exception {
        assumeRunnable();
        long started = System.nanoTime();
        try (ChildJvm run = servingStep3()) {
            int children = run.descendantsSeen().size();
            run.signal("INT");
            int exit = run.awaitExit(Duration.ofSeconds(20));
            var orphans = run.orphans(Duration.ofSeconds(5));
            Figures.of("step3.run-sigint")
                    .put("child_processes", children)
                    .put("exit_code", exit)
                    .put("orphan_processes", orphans.size())
                    .put("ms", (System.nanoTime() - started) / 1_000_000)
                    .print();
            assertThat(children).as("moto_server started by run").isPositive();
            assertThat(exit).as("ended after SIGINT:\n%s", run.output()).isNotEqualTo(-1);
            assertThat(orphans).isEmpty();
            assertThat(run.output()).contains("Stopped the gateway and the backends.");
        }
    }

    @Test
    void aHardKillOfRunLeavesNoProcessBehind() throws Exception {
        assumeRunnable();
        try (ChildJvm run = servingStep3()) {
            int children = run.descendantsSeen().size();
            long killed = System.nanoTime();
            run.signal("KILL"); // no shutdown hook runs: only moto's own watchdog can stop it
            run.awaitExit(Duration.ofSeconds(10));
            var orphans = run.orphans(Duration.ofSeconds(5));
            Figures.of("step3.run-sigkill")
                    .put("child_processes", children)
                    .put("orphan_processes", orphans.size())
                    .put("ms_until_none_left", (System.nanoTime() - killed) / 1_000_000)
                    .print();
            assertThat(children).as("processes started by run").isPositive();
            assertThat(orphans)
                    .as("processes left 5 s after run was killed with SIGKILL")
                    .isEmpty();
        }
    }

    @Test
    void aHardKillOfCheckLeavesNoProcessBehindOnceItsWarmMotoIsIdle() throws Exception {
        assumeRunnable();
        try (WorkshopClone clone = WorkshopClone.create()) {
            clone.copyBuiltAppClasses();
            Path user = clone.root().resolve(".workshop/warm-moto/user");
            try (ChildJvm check = ChildJvm.start(clone.root(), checkJvm(clone, WARM_SECONDS), CLI, "check", "step-1")) {
                // Killed while it grades: once it holds the warm moto, which it started.
                boolean holding = awaitWarmMotoHeldBy(check, user, Duration.ofSeconds(90));
                assertThat(holding)
                        .as("the check took the warm moto; its output:%n%s", check.output())
                        .isTrue();
                int children = check.descendantsSeen().size();
                long killed = System.nanoTime();
                check.signal("KILL"); // no shutdown hook runs: only the warm moto's watchdog can stop it
                check.awaitExit(Duration.ofSeconds(10));
                var orphans = check.orphans(Duration.ofSeconds(WARM_SECONDS + 10));
                Figures.of("step1.check-sigkill-warm-moto")
                        .put("child_processes", children)
                        .put("orphan_processes", orphans.size())
                        .put("idle_seconds", WARM_SECONDS)
                        .put("ms_until_none_left", (System.nanoTime() - killed) / 1_000_000)
                        .print();
                assertThat(children)
                        .as("processes started by check (the warm moto's watchdog and moto)")
                        .isPositive();
                assertThat(orphans)
                        .as(
                                "processes left %s s after check was killed with SIGKILL, its moto idle for %s s",
                                WARM_SECONDS + 10, WARM_SECONDS)
                        .isEmpty();
            }
        }
    }

    @Test
    void aCheckLeavesItsMotoForTheNextOneWhichStopsItOnceIdle() throws Exception {
        assumeRunnable();
        int idle = 20; // long enough for the second check to start on a busy machine
        try (WorkshopClone clone = WorkshopClone.create()) {
            clone.copyBuiltAppClasses();
            try (ChildJvm first = ChildJvm.start(clone.root(), checkJvm(clone, idle), CLI, "check", "step-1")) {
                // (Waiting for a line watches the processes it starts meanwhile.)
                assertThat(first.awaitLine(
                                line -> line.startsWith("The checks used these backends"), Duration.ofSeconds(180)))
                        .as(first.output())
                        .isTrue();
                assertThat(first.awaitExit(Duration.ofSeconds(30)))
                        .as(first.output())
                        .isEqualTo(1); // the starter fails its task
                assertThat(first.output())
                        .contains("started by the workshop; it stops after " + idle + " s without a command");
                var kept = first.orphans(Duration.ZERO);
                assertThat(kept)
                        .as("the moto kept running for the next command")
                        .isNotEmpty();
                try (ChildJvm next = ChildJvm.start(clone.root(), checkJvm(clone, idle), CLI, "check", "step-1")) {
                    assertThat(next.awaitExit(Duration.ofSeconds(180)))
                            .as(next.output())
                            .isEqualTo(1);
                    assertThat(next.output()).contains("kept running by the workshop");
                    var orphans = first.orphans(Duration.ofSeconds(idle + 10));
                    Figures.of("step1.check-warm-moto")
                            .put("kept_processes", kept.size())
                            .put("orphan_processes", orphans.size())
                            .put("idle_seconds", idle)
                            .print();
                    assertThat(orphans)
                            .as("processes left %s s after the last check, its moto idle for %s s", idle + 10, idle)
                            .isEmpty();
                }
            }
        }
    }

    /**
     * {@code ./workshop run step-3 --solution} on a free port, once it serves, with the processes it
     * started (moto ...) remembered; stopped again if it never serves.
     */
    private static ChildJvm servingStep3() throws Exception {
        ChildJvm run = runStep3("0");
        try {
            boolean serving = run.awaitLine(line -> line.startsWith("Serving step-3"), Duration.ofSeconds(40));
            assertThat(serving)
                    .as("./workshop run started; its output:%n%s", run.output())
                    .isTrue();
            run.rememberDescendants();
            return run;
        } catch (Exception | AssertionError e) {
            run.close();
            throw e;
        }
    }

    /** {@code ./workshop run step-3 --solution --port PORT}, started. */
    private static ChildJvm runStep3(String port) throws Exception {
        return ChildJvm.start(
                root(),
                List.of("-Dworkshop.root=" + root(), "-Dworkshop.tools.fresh=true"),
                CLI,
                "run",
                "step-3",
                "--solution",
                "--port",
                port);
    }

    /** How long a warm moto waits for the next command in these tests. */
    private static final int WARM_SECONDS = 2;

    private static List<String> checkJvm(WorkshopClone clone, int warmSeconds) {
        return List.of(
                "-Dworkshop.root=" + clone.root(),
                "-Dworkshop.tools.fresh=true",
                "-Dworkshop.warm.seconds=" + warmSeconds);
    }

    /** Waits until the check holds the warm moto (its user file says so) and moto runs among its processes. */
    private static boolean awaitWarmMotoHeldBy(ChildJvm check, Path user, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            check.rememberDescendants();
            boolean held = Files.isRegularFile(user) && Files.readString(user).startsWith("held " + check.pid() + " ");
            boolean motoRuns = check.descendantsSeen().stream()
                    .anyMatch(process -> process.isAlive()
                            && process.info().commandLine().orElse("").contains("moto_server"));
            if (held && motoRuns) {
                return true;
            }
            Thread.sleep(50);
        }
        return false;
    }

    @Test
    void aBusyPortIsRefusedClearlyAndLeavesNothing() throws Exception {
        assumeRunnable();
        try (ServerSocket busy = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
                ChildJvm run = runStep3(Integer.toString(busy.getLocalPort()))) {
            run.awaitLine(line -> line.contains("is in use"), Duration.ofSeconds(40));
            int exit = run.awaitExit(Duration.ofSeconds(20));
            var orphans = run.orphans(Duration.ofSeconds(5));
            Figures.of("step3.run-busy-port")
                    .put("exit_code", exit)
                    .put("child_processes", run.descendantsSeen().size())
                    .put("orphan_processes", orphans.size())
                    .print();
            assertThat(exit).as(run.output()).isEqualTo(1);
            assertThat(run.output())
                    .contains("Port " + busy.getLocalPort() + " is in use on 127.0.0.1; try --port "
                            + (busy.getLocalPort() + 1))
                    .doesNotContain("Unexpected error", "Exception");
            assertThat(orphans).isEmpty();
        }
    }
}
