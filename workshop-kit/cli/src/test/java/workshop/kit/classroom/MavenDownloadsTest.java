package workshop.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What prepare says when Maven could not download: these are Maven 3.9.11's own messages, captured here. */
class MavenDownloadsTest {
    /** ./mvnw with an empty local repository and no way to reach a repository. */
    private static final String NO_NETWORK = """
      [ERROR] [ERROR] Some problems were encountered while processing the POMs:
      [ERROR] Non-resolvable import POM: The following artifacts could not be resolved: software.amazon.awssdk:bom:pom:2.57.8 (absent): Could not transfer artifact software.amazon.awssdk:bom:pom:2.57.8 from/to central (https://repo.maven.apache.org/maven2): Connect to 127.0.0.1:9 [/127.0.0.1] failed: Connection refused @ line 57, column 19
      [ERROR] Non-resolvable import POM: The following artifacts could not be resolved: org.junit:junit-bom:pom:5.14.4 (absent): Could not transfer artifact org.junit:junit-bom:pom:5.14.4 from/to central (https://repo.maven.apache.org/maven2): Connect to 127.0.0.1:9 [/127.0.0.1] failed: Connection refused @ line 64, column 19
      [ERROR] The build could not read 1 project -> [Help 1]
      """;

    /** The same, offline (-o). */
    private static final String OFFLINE = """
      [ERROR] Non-resolvable import POM: The following artifacts could not be resolved: software.amazon.awssdk:bom:pom:2.57.8 (absent): Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact software.amazon.awssdk:bom:pom:2.57.8 has not been downloaded from it before. @ line 57, column 19
      """;

    /** A plugin missing, and a module's dependencies, as Maven reports them later in a build. */
    private static final String LATER = """
      [ERROR] Plugin org.apache.maven.plugins:maven-shade-plugin:3.6.0 or one of its dependencies could not be resolved: Failed to read artifact descriptor for org.apache.maven.plugins:maven-shade-plugin:jar:3.6.0
      [ERROR] Failed to execute goal on project verification: Could not resolve dependencies for project dev.cachefreshness:verification:jar:1.0.0-SNAPSHOT: The following artifacts could not be resolved: net.jqwik:jqwik:jar:1.10.1 (absent), org.seleniumhq.selenium:selenium-support:jar:4.52.0 (absent): Cannot access central (https://repo.maven.apache.org/maven2) in offline mode and the artifact net.jqwik:jqwik:jar:1.10.1 has not been downloaded from it before. -> [Help 1]
      """;

    @Test
    void namesEachArtifactMavenCouldNotDownloadOnce() {
        assertThat(MavenDownloads.failed(NO_NETWORK))
                .containsExactly("software.amazon.awssdk:bom:pom:2.57.8", "org.junit:junit-bom:pom:5.14.4");
        assertThat(MavenDownloads.networkTrouble(NO_NETWORK)).isTrue();
    }

    @Test
    void offlineNamesWhatWasNeverDownloaded() {
        assertThat(MavenDownloads.failed(OFFLINE)).containsExactly("software.amazon.awssdk:bom:pom:2.57.8");
        assertThat(MavenDownloads.networkTrouble(OFFLINE)).isTrue();
    }

    @Test
    void pluginsAndListedDependenciesButNotTheProjectItself() {
        assertThat(MavenDownloads.failed(LATER))
                .containsExactlyInAnyOrder(
                        "org.apache.maven.plugins:maven-shade-plugin:3.6.0",
                        "org.apache.maven.plugins:maven-shade-plugin:jar:3.6.0",
                        "net.jqwik:jqwik:jar:1.10.1",
                        "org.seleniumhq.selenium:selenium-support:jar:4.52.0")
                .noneMatch(artifact -> artifact.startsWith("dev.cachefreshness"));
    }

    @Test
    void aFailureThatIsNotADownloadShowsMavensLastErrors() {
        String compileError =
                "[INFO] Building\n[ERROR] COMPILATION ERROR :\n[ERROR] /x/A.java:[3,5] ';' expected\n[ERROR] -> [Help 1]\n";
        assertThat(MavenDownloads.failed(compileError)).isEmpty();
        assertThat(MavenDownloads.networkTrouble(compileError)).isFalse();
        assertThat(MavenDownloads.lastErrors(compileError, 2))
                .containsExactly("[ERROR] /x/A.java:[3,5] ';' expected", "[ERROR] -> [Help 1]");
    }
}
