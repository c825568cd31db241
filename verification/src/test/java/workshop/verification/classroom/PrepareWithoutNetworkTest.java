package workshop.verification.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.verification.learner.WorkshopClone;
import workshop.verification.robustness.ChildJvm;

/**
 * {@code ./workshop prepare} where Maven cannot download anything (its repositories point at a
 * closed port, its local repository is empty): it names the downloads that failed, says the rest
 * is ready, and ends with the numbered list of what to fix and how.
 */
class PrepareWithoutNetworkTest {
    @TempDir
    Path temporary;

    @Test
    void prepareWithoutNetworkSaysWhichDownloadsFailedAndThatTheRestIsReady() throws Exception {
        Path settings = temporary.resolve("no-network-settings.xml");
        Files.writeString(settings, """
        <settings>
          <mirrors>
            <mirror><id>unreachable</id><mirrorOf>*</mirrorOf><url>http://127.0.0.1:9/maven2</url></mirror>
          </mirrors>
        </settings>
        """);
        Path emptyRepository = Files.createDirectories(temporary.resolve("m2"));
        try (WorkshopClone clone = WorkshopClone.create()) {
            clone.copyBuiltAppClasses();
            Map<String, String> env = Map.of("MAVEN_ARGS", "-Dmaven.repo.local=" + emptyRepository + " -s " + settings);
            WorkshopClone.Outcome prepare = clone.run(
                    env,
                    300,
                    "java",
                    "-Dworkshop.root=" + clone.root(),
                    "-Dworkshop.tools.fresh=true",
                    "-cp",
                    ChildJvm.testClasspath(),
                    "workshop.kit.cli.WorkshopCli",
                    "prepare");
            String output = prepare.output();
            assertThat(prepare.exitCode()).as(output).isEqualTo(1);
            assertThat(output)
                    // As on a laptop's first command: the launcher has just built the tools (fresh), so
                    // prepare does not build them again; every other build needs downloads.
                    .contains("  ok   The workshop's tools (what ./workshop builds the first time): built just now")
                    .contains("  FIX  Maven's clean (./mvnw clean):")
                    .contains("downloads failed (no network?)")
                    .containsPattern("Downloads that failed \\(\\d+\\): [\\w.\\-]+:[\\w.\\-]+:")
                    .contains("Not ready yet. To fix:\n  1. Maven's clean (./mvnw clean); Every module")
                    .contains("(./mvnw verify, -Pdeploy): connect to a network that reaches Maven Central")
                    .contains("then run ./workshop prepare again")
                    .containsPattern(
                            "The rest is ready: Java 17 or newer; .*git .*DynamoDB for the checks .*Step 1's checks on the starter \\(smoke test\\)\\.")
                    .doesNotContain("Exception");
        }
    }
}
