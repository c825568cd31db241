package workshop.verification.learner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.verification.PristineSteps;
import workshop.verification.robustness.ChildJvm;
import workshop.verification.robustness.Figures;

/**
 * {@code ./workshop watch} as a learner uses it, in a clone: it grades step 1's starter, a save of
 * the solved file brings a new scorecard (step 1 done, on to step 2) within seconds, and Ctrl-C
 * stops it and everything it started.
 */
class WatchTest {
    private static final String CLI = "workshop.kit.cli.WorkshopCli";
    private static final String STEP_1_FILE = "step-1-no-cache/src/main/java/workshop/step1/AccountRepository.java";

    @Test
    void watchGradesOnEverySaveMovesOnAndStopsCleanly() throws Exception {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the local Momento server");
        try (WorkshopClone clone = WorkshopClone.create()) {
            clone.copyBuiltAppClasses();
            List<String> jvm = List.of("-Dworkshop.root=" + clone.root(), "-Dworkshop.tools.fresh=true");
            try (ChildJvm watch = ChildJvm.start(clone.root(), jvm, CLI, "watch", "step-1")) {
                assertThat(watch.awaitLine(
                                line -> line.contains("Watching step-1-no-cache/src/main/java"),
                                Duration.ofSeconds(90)))
                        .as("watch's first scorecard:%n%s", watch.output())
                        .isTrue();
                assertThat(watch.output())
                        .contains("Step 1: The service on DynamoDB alone")
                        .contains("Task 1: Look up a membership");

                String solved =
                        Files.readString(PristineSteps.ROOT.resolve("solutions").resolve(STEP_1_FILE));
                long saved = System.nanoTime();
                clone.write(STEP_1_FILE, solved);
                boolean movedOn = watch.awaitLine(
                        line -> line.contains("Watching step-2-read-aside/src/main/java"), Duration.ofSeconds(60));
                double seconds = (System.nanoTime() - saved) / 1e9;
                assertThat(movedOn)
                        .as("after the save, watch grades step 1 again and moves on to step 2:%n%s", watch.output())
                        .isTrue();
                assertThat(watch.output())
                        .contains("step-1 is done, well done! Now step-2")
                        .contains("Step 2: Read-aside caching");

                watch.rememberDescendants();
                int children = watch.descendantsSeen().size();
                watch.signal("INT");
                int exit = watch.awaitExit(Duration.ofSeconds(20));
                var orphans = watch.orphans(Duration.ofSeconds(5));
                Figures.of("learner.watch")
                        .put("seconds_from_save_to_step_2_scorecard", String.format("%.1f", seconds))
                        .put("child_processes", children)
                        .put("exit_code", exit)
                        .put("orphan_processes", orphans.size())
                        .print();
                assertThat(children).as("moto_server started by watch").isPositive();
                assertThat(exit)
                        .as("watch ended after Ctrl-C:%n%s", watch.output())
                        .isNotEqualTo(-1);
                assertThat(orphans).as("processes left behind by watch").isEmpty();
            }
        }
    }
}
