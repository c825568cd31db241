package workshop.verification.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import workshop.kit.code.CodeVariant;
import workshop.kit.grader.Grader;
import workshop.kit.grader.PlannedCheck;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;
import workshop.verification.classroom.ScorecardText;
import workshop.verification.robustness.Figures;

/**
 * A learner's clone, used as a learner uses it: one fresh clone, in which {@code ./workshop --help}
 * builds the tools once (as README says to), then two proofs in turn.
 *
 * <ol>
 *   <li>The steps' own tests, the Java way. On the untouched starters they fail exactly the checks
 *       the grader behind {@code ./workshop check} fails (run here, in this JVM, on the same
 *       starters), by the same names, and Surefire's XML reports name each test by its check's
 *       display name. (One Maven run of the three step modules from the root, the documented
 *       -Pstep-tests: the profile and reports are the same in every step.)
 *   <li>A learner's copy is theirs: edits and commits of every starter (one that does not compile,
 *       one that holds the answer, one that holds the answer and a note of the learner's own) make
 *       no other command fail, each command's output read as a learner would: {@code ./workshop
 *       check step-3} gives a scorecard although step 1 does not compile; {@code check step-1}
 *       gives the compiler's file:[line,column]; {@code cd step-N && ../mvnw test} runs one test per
 *       check and is green on the answered steps 2 and 3 (the bonus too: the step tests with the
 *       reference solutions in), and gives the compiler's message on the broken step 1; the root
 *       build stays green (below); and {@code ./workshop reset step-1 --yes} brings the untouched
 *       starter back and keeps a copy.
 * </ol>
 *
 * <p>The root build in the edited clone: learner code reaches it in two ways only, the step
 * modules' compilation (lenient outside a step, so a broken step compiles to nothing and fails
 * nothing) and the instructor's proofs, which must read the starters and solutions as shipped, not
 * the working copy. So the clone runs {@code ./mvnw -o verify -Pinstructor} for the step modules
 * and those proofs ({@link #ROOT_BUILD_PROOFS}), offline, against the tools its first command
 * already built and installed: the rest of the build never reads a step's files, and running it
 * again here would prove nothing the outer build has not (it was the half of CI's time).
 *
 * <p>It runs with -Pinstructor only, and never inside its own nested build.
 */
@EnabledIfSystemProperty(named = "workshop.instructor", matches = "true", disabledReason = "runs with -Pinstructor")
@DisabledIfSystemProperty(
        named = "workshop.nested",
        matches = "true",
        disabledReason = "already inside a learner-clone build")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class LearnersWorkIsTheirsTest {
    private static final Map<String, String> ENV = Map.of();
    private static final String STEP_1 = "step-1-no-cache/src/main/java/workshop/step1/AccountRepository.java";
    private static final String STEP_2 = "step-2-read-aside/src/main/java/workshop/step2/AccountRepository.java";
    private static final String STEP_3 = "step-3-write-aside/src/main/java/workshop/step3/AccountRepository.java";
    /**
     * The instructor's proofs that read the files a learner edits: the starters. (ReferenceSolutionsTest
     * reads a step too, but lays each solution over the very files a learner edits, so it grades the
     * same code in this clone as in the outer build, which runs it: it could not fail here.)
     */
    static final String ROOT_BUILD_PROOFS = "StarterGateTest,ScorecardsInTheDocsTest";

    private static WorkshopClone clone;
    private static final Figures FIGURES = Figures.of("learner.clone");

    @BeforeAll
    static void cloneAndBuildTheTools() throws Exception {
        clone = WorkshopClone.create();
        long started = System.nanoTime();
        WorkshopClone.Outcome help = clone.run(ENV, 600, "bash", "workshop", "--help");
        FIGURES.put("bootstrap_ms", millisSince(started));
        assertThat(help.exitCode()).as(help.output()).isZero();
        assertThat(help.output())
                .contains("Building the workshop's tools (once")
                .contains("Usage: workshop");
    }

    @AfterAll
    static void removeTheClone() {
        if (clone != null) {
            clone.close();
        }
        FIGURES.print();
    }

    @Test
    @Order(1)
    void eachStepsTestsFailWhatTheScorecardFails() throws Exception {
        List<Step> steps = PristineSteps.steps().all();
        List<ScorecardText> scorecards = new ArrayList<>();
        for (Step step : steps) {
            // The grader behind ./workshop check, in this JVM, on the same untouched starter (the clone
            // holds the starters as shipped): no JVM and moto of its own per step.
            scorecards.add(
                    ScorecardText.read(PristineSteps.scorecard(PristineSteps.graded(step, CodeVariant.STARTER))));
        }

        long started = System.nanoTime();
        WorkshopClone.Outcome starters = stepTests(steps);
        FIGURES.put("step_tests_starters_ms", millisSince(started));
        for (int i = 0; i < steps.size(); i++) {
            Step step = steps.get(i);
            ScorecardText scorecard = scorecards.get(i);
            Reports reports = Reports.read(clone.root().resolve(step.module()));
            assertThat(reports.names())
                    .as("%s's tests, by name: the scorecard's checks%n%s", step.module(), starters.output())
                    .containsExactlyInAnyOrderElementsOf(scorecard.checkLines().stream()
                            .map(line -> line.substring(7))
                            .toList());
            assertThat(reports.failing())
                    .as("the tests that fail in %s: the checks the scorecard fails (bonus aside)", step.module())
                    .containsExactlyInAnyOrderElementsOf(failingRequired(scorecard, reports));
            assertThat(reports.failing().size() + reports.skipped().size())
                    .isEqualTo(scorecard.failed() + scorecard.skipped());
            assertThat(starters.output())
                    .contains("Tests run: " + scorecard.checkLines().size() + ", Failures: ");
        }
        assertThat(starters.output()).contains("First check to fix");
    }

    @Test
    @Order(2)
    void editedAndCommittedStartersBreakNoOtherCommand() throws Exception {
        // From the starters as shipped, whatever the proof before left in the clone.
        assertThat(clone.run(ENV, 60, "git", "checkout", "-q", "--", ".").exitCode())
                .isZero();
        // A learner breaks step 1, answers step 2, answers step 3 and adds a note of their own, and
        // commits it all.
        clone.write(
                STEP_1,
                clone.read(STEP_1)
                        .replace(
                                "throw new UnsupportedOperationException",
                                "this does not compile; throw new UnsupportedOperationException"));
        clone.write(STEP_2, clone.read("solutions/" + STEP_2));
        clone.write(STEP_3, clone.read("solutions/" + STEP_3) + "\n// my notes: the bonus was the hard part\n");
        assertThat(clone.run(ENV, 60, "git", "commit", "-qam", "my work so far").exitCode())
                .isZero();

        WorkshopClone.Outcome step3 = clone.run(ENV, 300, "bash", "workshop", "check", "step-3");
        assertThat(step3.output())
                .as(step3.output())
                .contains("Step 3: Write-aside caching —")
                .doesNotContain("does not compile");
        assertThat(step3.exitCode())
                .as("step 3 is answered: every check passes")
                .isZero();

        WorkshopClone.Outcome step1 = clone.run(ENV, 300, "bash", "workshop", "check", "step-1");
        assertThat(step1.exitCode()).isEqualTo(1);
        assertThat(step1.output())
                .as(step1.output())
                .contains(STEP_1 + ":[")
                .contains("does not compile")
                .doesNotContain("[INFO]", "\tat ", "Caused by");

        // The step's own tests, the Java way: green on the answered steps (every check a test that
        // passes, the bonus's too), the compiler's error on the broken one.
        for (Step step : List.of(PristineSteps.step("step-2"), PristineSteps.step("step-3"))) {
            assertStepTestsPassInTheStep(step);
        }
        WorkshopClone.Outcome broken = clone.run(ENV, 300, "bash", "-c", "cd step-1-no-cache && ../mvnw -o -q test");
        assertThat(broken.exitCode()).isNotZero();
        assertThat(broken.output())
                .as(broken.output())
                .contains("COMPILATION ERROR")
                .contains("AccountRepository.java");

        long started = System.nanoTime();
        WorkshopClone.Outcome instructor = clone.run(
                ENV,
                900,
                "./mvnw",
                "-o",
                "-B",
                "-ntp",
                "verify",
                "-Pinstructor",
                "-Dworkshop.nested=true",
                // Two proofs, in one test JVM.
                "-Dworkshop.testJvms=1",
                // The formatting of this build's sources is checked by the build that runs this test.
                "-Dspotless.check.skip=true",
                "-pl",
                String.join(",", modules(PristineSteps.steps().all())) + ",verification",
                "-Dtest=" + ROOT_BUILD_PROOFS,
                "-Dsurefire.failIfNoSpecifiedTests=false");
        FIGURES.put("nested_instructor_proofs_ms", millisSince(started));
        assertThat(instructor.exitCode())
                .as("the instructor's proofs in the learner's clone:%n%s", tail(instructor.output()))
                .isZero();
        assertThat(instructor.output())
                .contains("These starter files differ from the starters the workshop ships")
                .contains(STEP_1)
                .contains(STEP_2)
                .contains(STEP_3)
                .contains("step-1-no-cache: all ")
                .contains("task checks fail on the untouched starter, as they must");

        WorkshopClone.Outcome reset = clone.run(ENV, 300, "bash", "workshop", "reset", "step-1", "--yes");
        assertThat(reset.exitCode()).as(reset.output()).isZero();
        assertThat(reset.output()).contains("Your files as they were are in .workshop/backups/step-1-");
        assertThat(clone.read(STEP_1))
                .doesNotContain("this does not compile")
                .contains("throw new UnsupportedOperationException");
    }

    /**
     * {@code cd step-N && ../mvnw test} on an answered step: it runs one test per check of the step
     * (its old reports are deleted first, so that none are read if it ran none) and they all pass.
     */
    private static void assertStepTestsPassInTheStep(Step step) throws Exception {
        Path module = clone.root().resolve(step.module());
        deleteReports(module);
        WorkshopClone.Outcome answered =
                clone.run(ENV, 300, "bash", "-c", "cd " + step.module() + " && ../mvnw -o -q test");
        assertThat(answered.exitCode()).as(answered.output()).isZero();
        Reports reports = Reports.read(module);
        assertThat(reports.names())
                .as("%s's tests, by name: the step's checks", step.module())
                .containsExactlyInAnyOrderElementsOf(
                        new Grader().plan(step).stream().map(PlannedCheck::name).toList());
        assertThat(reports.failing())
                .as("%s's failing tests, answered", step.module())
                .isEmpty();
        assertThat(reports.skipped())
                .as("%s's skipped tests: the answer does the bonus too", step.module())
                .isEmpty();
    }

    private static void deleteReports(Path module) throws IOException {
        Path reports = module.resolve("target/surefire-reports");
        if (Files.isDirectory(reports)) {
            try (Stream<Path> tree = Files.walk(reports)) {
                for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** Every step module's tests in one Maven run from the root (the documented -Pstep-tests), failures recorded, not fatal. */
    private static WorkshopClone.Outcome stepTests(List<Step> steps) throws Exception {
        return clone.run(
                ENV,
                900,
                "./mvnw",
                "-o",
                "-B",
                "-ntp",
                "test",
                "-Pstep-tests",
                "-pl",
                String.join(",", modules(steps)),
                "-Dmaven.test.failure.ignore=true");
    }

    private static List<String> modules(List<Step> steps) {
        return steps.stream().map(Step::module).toList();
    }

    /** The scorecard's failing checks that count (a failing bonus check is reported as skipped, not failed). */
    private static List<String> failingRequired(ScorecardText scorecard, Reports reports) {
        return scorecard.checkLines().stream()
                .filter(line -> line.startsWith("[FAIL] "))
                .map(line -> line.substring(7))
                .filter(name -> !reports.skipped().contains(name))
                .toList();
    }

    private static long millisSince(long started) {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private static String tail(String output) {
        return output.length() > 6000 ? "..." + output.substring(output.length() - 6000) : output;
    }

    /** What Surefire's XML reports of a step module say: every test's name, the failing ones, the skipped ones. */
    private record Reports(List<String> names, List<String> failing, List<String> skipped) {
        static Reports read(Path module) throws Exception {
            List<String> names = new ArrayList<>();
            List<String> failing = new ArrayList<>();
            List<String> skipped = new ArrayList<>();
            if (!Files.isDirectory(module.resolve("target/surefire-reports"))) {
                return new Reports(names, failing, skipped);
            }
            try (Stream<Path> files = Files.list(module.resolve("target/surefire-reports"))) {
                for (Path file : files.filter(f -> f.getFileName().toString().startsWith("TEST-"))
                        .toList()) {
                    NodeList cases = DocumentBuilderFactory.newInstance()
                            .newDocumentBuilder()
                            .parse(file.toFile())
                            .getElementsByTagName("testcase");
                    for (int i = 0; i < cases.getLength(); i++) {
                        Element test = (Element) cases.item(i);
                        String name = test.getAttribute("name");
                        names.add(name);
                        if (test.getElementsByTagName("failure").getLength()
                                        + test.getElementsByTagName("error").getLength()
                                > 0) {
                            failing.add(name);
                        }
                        if (test.getElementsByTagName("skipped").getLength() > 0) {
                            skipped.add(name);
                        }
                    }
                }
            }
            return new Reports(names, failing, skipped);
        }
    }
}
