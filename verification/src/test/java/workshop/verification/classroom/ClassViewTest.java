package workshop.verification.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import workshop.verification.PristineSteps;
import workshop.verification.learner.WorkshopClone;
import workshop.verification.robustness.ChildJvm;
import workshop.verification.robustness.Figures;

/**
 * {@code ./workshop class DIR} as an instructor runs it on a room's clones: each graded in its own
 * process into the right row (a solved one, an untouched starter, one that does not compile, a
 * folder that is not a clone), one whose code hangs stopped at the time limit with everything it
 * started, and a directory without clones said so.
 */
class ClassViewTest {
    private static final String CLI = "workshop.kit.cli.WorkshopCli";
    private static final String STEP_1 = "step-1-no-cache/src/main/java/workshop/step1/AccountRepository.java";

    @TempDir
    Path room;

    /** The instructor's workspace: this repository, whose built tools grade the clones. */
    private static List<String> jvm() {
        return List.of("-Dworkshop.root=" + PristineSteps.ROOT, "-Dworkshop.tools.fresh=true");
    }

    @Test
    void aDirectoryWithoutClonesIsSaidSo() throws Exception {
        try (ChildJvm empty = ChildJvm.start(room, jvm(), CLI, "class", room.toString())) {
            assertThat(empty.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(empty.output()).contains(room + " holds no directories. Expected one directory per learner");
        }
        Files.createDirectories(room.resolve("notes"));
        try (ChildJvm noClone = ChildJvm.start(room, jvm(), CLI, "class", room.toString())) {
            assertThat(noClone.awaitExit(Duration.ofSeconds(60))).isEqualTo(2);
            assertThat(noClone.output())
                    .contains("None of the 1 directories in " + room + " is a clone of the workshop");
        }
    }

    @Test
    @EnabledIfSystemProperty(
            named = "workshop.instructor",
            matches = "true",
            disabledReason = "grades three clones: runs with -Pinstructor")
    void gradesEachCloneIntoItsRow() throws Exception {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the local Momento server");
        try (WorkshopClone solved = WorkshopClone.create();
                WorkshopClone starter = WorkshopClone.create();
                WorkshopClone broken = WorkshopClone.create()) {
            for (var step : PristineSteps.steps().all()) {
                for (Path file : solved.learnerFiles(step.module())) {
                    solved.write(file.toString(), solved.read("solutions/" + file));
                }
            }
            assertThat(solved.run(java.util.Map.of(), 60, "git", "commit", "-qam", "all steps solved")
                            .exitCode())
                    .isZero();
            broken.write(
                    STEP_1,
                    broken.read(STEP_1)
                            .replace(
                                    "throw new UnsupportedOperationException",
                                    "this does not compile; throw new UnsupportedOperationException"));

            Path classDir = Files.createDirectories(room.resolve("room"));
            Files.createSymbolicLink(classDir.resolve("alice"), solved.root());
            Files.createSymbolicLink(classDir.resolve("bob"), starter.root());
            Files.createSymbolicLink(classDir.resolve("carol"), broken.root());
            Files.createDirectories(classDir.resolve("dave"));
            Path csv = room.resolve("class.csv");

            long started = System.nanoTime();
            String output;
            try (ChildJvm view =
                    ChildJvm.start(room, jvm(), CLI, "class", classDir.toString(), "--csv", csv.toString())) {
                assertThat(view.awaitExit(Duration.ofSeconds(900)))
                        .as(view.output())
                        .isZero();
                output = view.output();
            }
            long seconds = (System.nanoTime() - started) / 1_000_000_000;
            int tasks = (int) PristineSteps.steps().all().stream()
                    .flatMap(step -> step.tasks().stream())
                    .filter(task -> !task.bonus())
                    .count();
            List<String> rows = Files.readAllLines(csv);
            assertThat(rows).hasSize(5);
            assertThat(rows.get(1))
                    .as(output)
                    .startsWith("alice,all done," + tasks + "," + tasks + ",1,")
                    .doesNotContain("does not compile");
            assertThat(rows.get(2))
                    .as(output)
                    .startsWith("bob,step-1,0," + tasks + ",0,")
                    .contains(",in progress (");
            assertThat(rows.get(3))
                    .as(output)
                    .startsWith("carol,step-1,0,")
                    .contains(",step-1 does not compile,does not compile,");
            assertThat(rows.get(4)).startsWith("dave,,").contains("not a workshop clone");
            assertThat(output)
                    .contains("This runs each learner's code on this machine.")
                    .containsPattern("alice +all done +" + tasks + " of " + tasks + " \\+ bonus")
                    .containsPattern("carol +step-1 .*step-1 does not compile");
            Figures.of("classroom.class_view")
                    .put("clones", 3)
                    .put("seconds", seconds)
                    .print();
        }
    }

    @Test
    @EnabledIfSystemProperty(
            named = "workshop.instructor",
            matches = "true",
            disabledReason = "waits for a time limit: runs with -Pinstructor")
    void aCloneThatHangsIsStoppedWithWhatItStartedAndTheViewGoesOn() throws Exception {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the local Momento server");
        try (WorkshopClone hanging = WorkshopClone.create()) {
            hanging.write(
                    STEP_1,
                    hanging.read(STEP_1)
                            .replace(
                                    "implements AccountStore {",
                                    "implements AccountStore {\n  static {\n    try {\n      Thread.sleep(Long.MAX_VALUE);\n"
                                            + "    } catch (InterruptedException e) {\n      throw new IllegalStateException(e);\n    }\n  }\n"));
            Path classDir = Files.createDirectories(room.resolve("room"));
            Files.createSymbolicLink(classDir.resolve("erin"), hanging.root());
            Path csv = room.resolve("class.csv");
            try (ChildJvm view = ChildJvm.start(
                    room, jvm(), CLI, "class", classDir.toString(), "--timeout", "20", "--csv", csv.toString())) {
                // Watch the processes the view starts (the grading JVM, its moto) while it runs.
                view.awaitLine(line -> line.contains("Wrote the table"), Duration.ofSeconds(120));
                assertThat(view.awaitExit(Duration.ofSeconds(60)))
                        .as(view.output())
                        .isZero();
                assertThat(view.output()).contains("erin ... ").contains("timed out after 20 s (code that hangs?)");
                assertThat(view.descendantsSeen())
                        .as("the grading process was seen")
                        .isNotEmpty();
                assertThat(view.orphans(Duration.ofSeconds(10)))
                        .as("processes left behind by the stopped grading")
                        .isEmpty();
            }
            assertThat(Files.readAllLines(csv).get(1)).startsWith("erin,,").contains("timed out after 20 s");
        }
    }
}
