package workshop.kit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the first build shows instead of minutes of silence, on a stand-in Maven wrapper that prints
 * what Maven prints in batch mode: one line per module with how far it is, the downloads so far with
 * the latest file, a last line with the time and the total; on failure Maven's errors and where its
 * whole output is.
 */
class MavenProgressTest {
    @TempDir
    Path root;

    @Test
    void aBuildSaysWhichModuleOfHowManyAndWhatItDownloaded() throws IOException {
        standInMaven(0, """
        [INFO] Scanning for projects...
        [INFO] Downloading from central: https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-enforcer-plugin/3.6.2/maven-enforcer-plugin-3.6.2.pom
        [INFO] Downloaded from central: https://repo.maven.apache.org/maven2/org/apache/maven/plugins/maven-enforcer-plugin/3.6.2/maven-enforcer-plugin-3.6.2.pom (12 kB at 40 kB/s)
        [INFO] ------------------< dev.cachefreshness:account-service >------------------
        [INFO] Building Account service 1.0.0-SNAPSHOT                            [1/2]
        [INFO] Downloaded from central: https://repo.maven.apache.org/maven2/software/amazon/awssdk/dynamodb/2.57.8/dynamodb-2.57.8.jar (2.5 MB at 3.1 MB/s)
        [INFO] -----------------< dev.cachefreshness:workshop-backends >-----------------
        [INFO] Building Workshop kit, local backends 1.0.0-SNAPSHOT                  [2/2]
        [INFO] BUILD SUCCESS
        """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit = new MavenProgress(root, new PrintStream(printed, true, StandardCharsets.UTF_8))
                .run(List.of("-pl", "x", "install"));

        assertThat(exit).isZero();
        assertThat(printed.toString(StandardCharsets.UTF_8).lines().toList())
                .containsSubsequence(
                        "        downloaded 1 file (0.0 MB) so far, the latest maven-enforcer-plugin-3.6.2.pom",
                        "  [1/2] building account-service",
                        "        downloaded 2 files (2.5 MB) so far, the latest dynamodb-2.57.8.jar",
                        "  [2/2] building workshop-backends")
                .last()
                .asString()
                .matches("  Built in \\d+ s; downloaded 2 files \\(2\\.5 MB\\)\\.");
        assertThat(Files.readString(root.resolve(MavenProgress.LOG)))
                .as("Maven's whole output")
                .contains("BUILD SUCCESS")
                .contains("-B -pl x install");
    }

    @Test
    void aFailedBuildShowsMavensErrorsAndWhereItsOutputIs() throws IOException {
        standInMaven(1, """
        [INFO] Building Account service 1.0.0-SNAPSHOT                            [1/2]
        [ERROR] Failed to execute goal on project account-service: Could not resolve dependencies
        [ERROR] -> [Help 1]
        """);
        ByteArrayOutputStream printed = new ByteArrayOutputStream();

        int exit =
                new MavenProgress(root, new PrintStream(printed, true, StandardCharsets.UTF_8)).run(List.of("install"));

        assertThat(exit).isEqualTo(1);
        assertThat(printed.toString(StandardCharsets.UTF_8))
                .contains("[ERROR] Failed to execute goal on project account-service")
                .contains("Maven's whole output: " + MavenProgress.LOG)
                .doesNotContain("Built in");
    }

    /** An mvnw that prints its arguments and then {@code output}, and exits with {@code exit}. */
    private void standInMaven(int exit, String output) throws IOException {
        Path mvnw = root.resolve("mvnw");
        Files.writeString(mvnw, "#!/bin/sh\necho \"$@\"\ncat <<'OUTPUT'\n" + output + "OUTPUT\nexit " + exit + "\n");
        Files.setPosixFilePermissions(mvnw, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
