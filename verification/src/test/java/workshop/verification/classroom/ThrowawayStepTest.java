package workshop.verification.classroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.ResultsJson;
import workshop.verification.learner.WorkshopClone;
import workshop.verification.robustness.ChildJvm;

/**
 * CONTRIBUTING.md's "Add a step", done as it says in a clone: a throwaway step 4 (a module with a
 * pom, a serverless.yml naming its handler, sources and its test in its own package; a reference
 * solution; an entry in the step manifest with one task), then {@code ./workshop sync --record-starters} for
 * every other list of the steps, and {@code check}, {@code progress} and {@code compare} pick it up
 * with no code changed.
 */
@EnabledIfSystemProperty(
        named = "workshop.instructor",
        matches = "true",
        disabledReason = "grades every step of a clone: runs with -Pinstructor")
@DisabledIfSystemProperty(
        named = "workshop.nested",
        matches = "true",
        disabledReason = "already inside a learner-clone build")
class ThrowawayStepTest {
    private static final String CLI = "workshop.kit.cli.WorkshopCli";
    private static final String STEP_3 = "step-3-write-aside";
    private static final String STEP_4 = "step-4-throwaway";

    @Test
    void aNewStepAddedAsContributingSaysIsPickedUpByCheckProgressAndCompare() throws Exception {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the local Momento server");
        try (WorkshopClone clone = WorkshopClone.create()) {
            clone.copyBuiltAppClasses();
            addStep4(clone);
            List<String> jvm = tools(clone);

            Path results = clone.root().resolve("step-4-results.json");
            try (ChildJvm check =
                    ChildJvm.start(clone.root(), jvm, CLI, "check", "step-4", "--json", results.toString())) {
                assertThat(check.awaitExit(Duration.ofSeconds(300)))
                        .as(check.output())
                        .isEqualTo(1); // a starter is not done
                assertThat(check.output())
                        .contains("Step 4: A throwaway step —")
                        .contains("Task 1: Write to the cache on every write (0 of");
            }
            GradingResults graded = ResultsJson.read(results);
            assertThat(graded.steps())
                    .extracting(step -> step.step() + " " + step.module())
                    .containsExactly("step-4 " + STEP_4);

            try (ChildJvm progress = ChildJvm.start(clone.root(), jvm, CLI, "progress")) {
                assertThat(progress.awaitExit(Duration.ofSeconds(600)))
                        .as(progress.output())
                        .isZero();
                assertThat(progress.output())
                        .containsPattern(
                                "(?m)^step-4 +\\d+ of \\d+ checks pass \\(unchanged since your last check\\)$");
            }

            List<String> compare = new ArrayList<>(List.of("compare", "--steps", "4"));
            try (ChildJvm help = ChildJvm.start(clone.root(), jvm, CLI, "compare", "--help")) {
                help.awaitExit(Duration.ofSeconds(60));
                // Keep the run small when compare has a request count (its flags are its own to change).
                if (help.output().contains("--requests")) {
                    compare.addAll(List.of("--requests", "200"));
                }
            }
            try (ChildJvm run = ChildJvm.start(clone.root(), jvm, CLI, compare.toArray(String[]::new))) {
                assertThat(run.awaitExit(Duration.ofSeconds(600)))
                        .as(run.output())
                        .isZero();
                assertThat(run.output()).contains("step-4").contains("workshop.step4.Handler");
            }
        }
    }

    /**
     * CONTRIBUTING.md, "Add a step", with step 3's starter and solution as the new step's: by hand, only
     * the module, its reference solution and its manifest entry (its chapter here is step 3's);
     * {@code ./workshop sync} writes everything else that lists the steps.
     */
    private static void addStep4(WorkshopClone clone) throws Exception {
        Path root = clone.root();
        // 1. The module: pom, serverless.yml naming the handler, its sources and its test in a package of their own.
        Files.createDirectories(root.resolve(STEP_4));
        clone.write(
                STEP_4 + "/pom.xml",
                clone.read(STEP_3 + "/pom.xml")
                        .replace("<artifactId>" + STEP_3 + "</artifactId>", "<artifactId>" + STEP_4 + "</artifactId>")
                        .replaceAll("<name>.*</name>", "<name>Step 4: a throwaway step</name>"));
        clone.write(
                STEP_4 + "/serverless.yml",
                clone.read(STEP_3 + "/serverless.yml")
                        .replace("workshop.step3.Handler", "workshop.step4.Handler")
                        .replace(STEP_3, STEP_4)
                        .replace("cache-freshness-step-3", "cache-freshness-step-4"));
        copyRenamingPackage(
                root.resolve(STEP_3 + "/src/main/java/workshop/step3"),
                root.resolve(STEP_4 + "/src/main/java/workshop/step4"));
        copyRenamingPackage(
                root.resolve(STEP_3 + "/src/test/java/workshop/step3"),
                root.resolve(STEP_4 + "/src/test/java/workshop/step4"));
        // 2. The reference solution: only the files a learner changes.
        copyRenamingPackage(
                root.resolve("solutions/" + STEP_3 + "/src/main/java/workshop/step3"),
                root.resolve("solutions/" + STEP_4 + "/src/main/java/workshop/step4"));
        // 3. The manifest entry: one task, an existing class of checks, a docs section that exists.
        clone.write("workshop-kit/steps.yaml", clone.read("workshop-kit/steps.yaml") + """

          - name: step-4
            module: step-4-throwaway
            title: A throwaway step
            chapter: docs/03-step-3-write-aside.md
            ttlSeconds: 1800
            tasks:
              - number: 1
                title: Write to the cache on every write
                anchor: task-1-write-to-the-cache-on-every-write
                checks: [WriteAsideChecks]
                hints:
                  - en: Every successful write puts the new state into the cache.
            keepsWorking: [ServiceBehaviourChecks]
        """);
        // 4. Everything else that lists the steps, written from the manifest, and commit.
        try (ChildJvm synced = ChildJvm.start(root, tools(clone), CLI, "sync", "--record-starters")) {
            assertThat(synced.awaitExit(Duration.ofSeconds(300)))
                    .as(synced.output())
                    .isZero();
        }
        assertThat(clone.read("workshop-kit/pristine-starters.txt"))
                .contains(STEP_4 + "/src/main/java/workshop/step4/AccountRepository.java");
        assertThat(clone.read("pom.xml")).contains("<module>" + STEP_4 + "</module>");
        assertThat(clone.read(".github/workflows/classroom.yml")).contains("./workshop check step-4 --task 1");
        assertThat(clone.run(Map.of(), 60, "git", "add", "-A").exitCode()).isZero();
        WorkshopClone.Outcome changed = clone.run(Map.of(), 60, "git", "diff", "--cached", "--name-only");
        assertThat(changed.output()
                        .lines()
                        .map(ThrowawayStepTest::place)
                        .distinct()
                        .sorted()
                        .toList())
                .as(
                        "the places a new step touches: three by hand (module, solution, manifest), the rest written by ./workshop sync")
                .containsExactly(
                        ".github/workflows/classroom.yml",
                        "docs/README.md",
                        "pom.xml",
                        "solutions/" + STEP_4,
                        STEP_4,
                        "workshop-kit/pristine-starters.txt",
                        "workshop-kit/steps.yaml");
        assertThat(clone.run(Map.of(), 60, "git", "commit", "-qm", "Add a throwaway step 4")
                        .exitCode())
                .isZero();
        try (ChildJvm inStep = ChildJvm.start(root, tools(clone), CLI, "sync", "--check")) {
            assertThat(inStep.awaitExit(Duration.ofSeconds(60)))
                    .as(inStep.output())
                    .isZero();
        }
    }

    /**
     * The CLI run on this build's tools, in the clone ({@code ./workshop} would first build them there
     * again: LearnersWorkIsTheirsTest and PrepareTest prove that build).
     */
    private static List<String> tools(WorkshopClone clone) {
        return List.of("-Dworkshop.root=" + clone.root(), "-Dworkshop.tools.fresh=true");
    }

    /** A changed file's place: its step module or solution folder, or the file itself. */
    private static String place(String file) {
        if (file.startsWith(STEP_4 + "/")) {
            return STEP_4;
        }
        if (file.startsWith("solutions/" + STEP_4 + "/")) {
            return "solutions/" + STEP_4;
        }
        return file;
    }

    private static void copyRenamingPackage(Path from, Path to) throws Exception {
        Files.createDirectories(to);
        try (Stream<Path> files = Files.list(from)) {
            for (Path file :
                    files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Files.writeString(
                        to.resolve(file.getFileName().toString().replace("Step3", "Step4")),
                        Files.readString(file)
                                .replace("workshop.step3", "workshop.step4")
                                .replace("step-3", "step-4")
                                .replace("Step3", "Step4"));
            }
        }
    }
}
