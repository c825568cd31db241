package workshop.verification.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;
import workshop.verification.deploy.LambdaArtefact;
import workshop.verification.learner.WorkshopClone;
import workshop.verification.robustness.Figures;

/**
 * {@code ./workshop prepare} on a laptop that has never built the workshop: a fresh clone and an
 * empty local Maven repository. prepare must download everything and end "ready"; then
 * {@code prepare --offline} must find everything there; and a learner command prepare does not run
 * itself (the deploy chapter's jar build) must work offline too. Then every step's deployable jar,
 * built offline in this fresh clone, holds the app and none of the workshop's tools (see
 * {@link LambdaArtefact}). Runs with -Pinstructor only, never inside its own nested build.
 *
 * <p>The downloads come from a mirror of every remote repository: the repository this build itself
 * resolved from, served as a remote one ({@code file://}). What the test proves is unchanged (an
 * artefact prepare forgets is missing offline, wherever it would have come from), and it does not
 * spend two minutes fetching 150 MB from Maven Central that this machine already holds.
 */
@EnabledIfSystemProperty(
        named = "workshop.instructor",
        matches = "true",
        disabledReason = "downloads everything: runs with -Pinstructor")
@DisabledIfSystemProperty(
        named = "workshop.nested",
        matches = "true",
        disabledReason = "already inside a learner-clone build")
class PrepareTest {
    @Test
    void prepareThenPrepareOfflineInAFreshCloneWithAnEmptyMavenRepository() throws Exception {
        Path repository = Files.createTempDirectory("workshop-prepare-m2");
        Path settings = repository.resolveSibling(repository.getFileName() + "-settings.xml");
        try (WorkshopClone clone = WorkshopClone.create()) {
            // Every Maven run in the clone, the launcher's included, uses the empty repository, and
            // downloads into it from the mirror.
            writeMirrorSettings(settings);
            Map<String, String> env = Map.of("MAVEN_ARGS", "-Dmaven.repo.local=" + repository + " -s " + settings);

            long started = System.nanoTime();
            WorkshopClone.Outcome prepare = clone.run(env, 1800, "bash", "workshop", "prepare");
            long prepareSeconds = (System.nanoTime() - started) / 1_000_000_000;
            assertReady(prepare, "Ready. To prove nothing needs the network any more: ./workshop prepare --offline");
            assertThat(repository.resolve("org/apache/maven/surefire"))
                    .as("the test runner's libraries were downloaded")
                    .isDirectory();
            assertThat(repository.resolve("org/apache/maven/plugins/maven-shade-plugin"))
                    .as("the deploy jar's plugin")
                    .isDirectory();

            started = System.nanoTime();
            WorkshopClone.Outcome offline = clone.run(env, 900, "bash", "workshop", "prepare", "--offline");
            long offlineSeconds = (System.nanoTime() - started) / 1_000_000_000;
            assertReady(offline, "Ready: every build ran offline and nothing needed downloading.");
            assertThat(offline.output()).contains("running ./mvnw -o -B -ntp").doesNotContain("Downloading from");

            // The deploy chapter's jar build, offline too. Its jar is deleted first, so that the
            // jar found after it is the one this command built, not prepare's.
            Path chapterJar = clone.root().resolve("step-3-write-aside/target/step-3-write-aside-lambda.jar");
            Files.deleteIfExists(chapterJar);
            WorkshopClone.Outcome deployJar = clone.run(
                    env,
                    600,
                    "./mvnw",
                    "-o",
                    "-B",
                    "-ntp",
                    "-Pdeploy",
                    "-DskipTests",
                    "-pl",
                    "step-3-write-aside",
                    "-am",
                    "package");
            assertThat(deployJar.exitCode())
                    .as("the deploy chapter's jar build, offline:%n%s", tail(deployJar.output()))
                    .isZero();
            assertThat(chapterJar).isRegularFile();
            // Every step's Lambda jar (the other two from prepare's -Pdeploy build) holds the app and
            // none of the tools: no other test builds them all again for that.
            for (Step step : PristineSteps.steps().all()) {
                LambdaArtefact.assertDeployable(clone.root(), step);
            }

            Figures.of("classroom.prepare")
                    .put("prepare_s", prepareSeconds)
                    .put("prepare_offline_s", offlineSeconds)
                    .put("repository_mb", size(repository) / (1024 * 1024))
                    .print();
        } finally {
            deleteRecursively(repository);
            Files.deleteIfExists(settings);
        }
    }

    /** Maven settings with one mirror of every remote repository: the repository this build uses. */
    private static void writeMirrorSettings(Path file) throws IOException {
        Path built = Path.of(
                System.getProperty("workshop.mavenRepository", System.getProperty("user.home") + "/.m2/repository"));
        assertThat(built.resolve("org/apache/maven"))
                .as("the build's Maven repository")
                .isDirectory();
        Files.writeString(file, """
                <settings>
                  <mirrors>
                    <mirror>
                      <id>the-build-s-own-repository</id>
                      <mirrorOf>*</mirrorOf>
                      <url>%s</url>
                    </mirror>
                  </mirrors>
                </settings>
                """.formatted(built.toUri()));
    }

    /**
     * Ready, or (on a machine where something else serves on port 3000, which ./workshop run uses by
     * default) not ready for that reason alone.
     */
    private static void assertReady(WorkshopClone.Outcome outcome, String ready) {
        List<String> toFix = outcome.output()
                .lines()
                .filter(line -> line.startsWith("  FIX"))
                .toList();
        assertThat(toFix).as(outcome.output()).allMatch(line -> line.contains("Port 3000"));
        assertThat(outcome.output())
                .as(outcome.output())
                .contains("  ok   The workshop's tools")
                .contains("  ok   Maven's clean")
                .contains("  ok   Every module")
                .contains("  ok   Step 1's checks on the starter (smoke test)");
        if (toFix.isEmpty()) {
            assertThat(outcome.exitCode()).as(outcome.output()).isZero();
            assertThat(outcome.output()).contains(ready);
        }
    }

    private static long size(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(Files::isRegularFile)
                    .mapToLong(file -> file.toFile().length())
                    .sum();
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> tree = Files.walk(directory)) {
            for (Path path : tree.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static String tail(String output) {
        return output.length() > 4000 ? "..." + output.substring(output.length() - 4000) : output;
    }
}
