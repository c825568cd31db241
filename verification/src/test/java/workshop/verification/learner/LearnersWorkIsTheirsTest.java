package workshop.verification.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
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
 *       display name; with the reference solutions copied in, they all pass. (One Maven run of the three step modules for each: the profile and reports are
 *       the same in every step; {@code cd step-N && ../mvnw test} itself runs in the second proof.)
 *   <li>A learner's copy is theirs: edits and commits of every starter (one that does not compile,
 *       one that holds an answer, one with a changed comment) make no other command fail, each
 *       command's output read as a learner would: {@code ./workshop check step-3} gives a scorecard
 *       although step 1 does not compile; {@code check step-1} gives the compiler's
 *       file:[line,column]; {@code ../mvnw test} inside a step is green on the answered step 2 and
 *       the compiler's message on the broken step 1; the root build stays green (below); and
 *       {@code ./workshop reset step-1 --yes} brings the untouched starter back and keeps a copy.
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
    /** The verification tests that read the steps' starters or the solutions: the instructor's proofs. */
    static final String ROOT_BUILD_PROOFS = "StarterGateTest,ReferenceSolutionsTest,ScorecardsInTheDocsTest";

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
    void eachStepsTestsFailWhatTheScorecardFailsAndPassOnTheSolution() throws Exception {
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

        for (Step step : steps) {
            for (Path file : clone.learnerFiles(step.module())) {
                clone.write(file.toString(), clone.read("solutions/" + file));
            }
        }
        WorkshopClone.Outcome solved = stepTests(steps);
        assertThat(solved.exitCode())
                .as("the steps' tests with the reference solutions:%n%s", solved.output())
                .isZero();
        for (Step step : steps) {
            Reports passing = Reports.read(clone.root().resolve(step.module()));
            assertThat(passing.failing())
                    .as("%s with its reference solution", step.module())
                    .isEmpty();
            assertThat(passing.skipped())
                    .as("the reference solution of %s does the bonus too", step.module())
                    .isEmpty();
        }
    }

    @Test
    @Order(2)
    void editedAndCommittedStartersBreakNoOtherCommand() throws Exception {
        // From the starters as shipped, whatever the proof before left in the clone.
        assertThat(clone.run(ENV, 60, "git", "checkout", "-q", "--", ".").exitCode())
                .isZero();
        // A learner breaks step 1, answers step 2 and edits a comment of step 3, and commits it all.
        clone.write(
                STEP_1,
                clone.read(STEP_1)
                        .replace(
                                "throw new UnsupportedOperationException",
                                "this does not compile; throw new UnsupportedOperationException"));
        clone.write(STEP_2, clone.read("solutions/" + STEP_2));
        clone.write(STEP_3, clone.read(STEP_3).replace("// TODO Step 3, task 1:", "// my notes: TODO Step 3, task 1:"));
        assertThat(clone.run(ENV, 60, "git", "commit", "-qam", "my work so far").exitCode())
                .isZero();

        WorkshopClone.Outcome step3 = clone.run(ENV, 300, "bash", "workshop", "check", "step-3");
        assertThat(step3.output())
                .as(step3.output())
                .contains("Step 3: Write-aside caching —")
                .doesNotContain("does not compile");
        assertThat(step3.exitCode()).as("the starter of step 3 is not done yet").isEqualTo(1);

        WorkshopClone.Outcome step1 = clone.run(ENV, 300, "bash", "workshop", "check", "step-1");
        assertThat(step1.exitCode()).isEqualTo(1);
        assertThat(step1.output())
                .as(step1.output())
                .contains(STEP_1 + ":[")
                .contains("does not compile")
                .doesNotContain("[INFO]", "\tat ", "Caused by");

        // The step's own tests, the Java way: green on the answered step, the compiler's error on the broken one.
        WorkshopClone.Outcome answered =
                clone.run(ENV, 300, "bash", "-c", "cd step-2-read-aside && ../mvnw -o -q test");
        assertThat(answered.exitCode()).as(answered.output()).isZero();
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
                // Three proofs: one test JVM, which grades each pristine solution once for all of them.
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
