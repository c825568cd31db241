package workshop.kit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import workshop.kit.cli.WorkshopCli;

/**
 * The two launchers, {@code workshop} (bash) and {@code workshop.cmd} (Windows), stay thin and say
 * the same thing: the tools' Maven build the CLI itself runs ({@link ToolsBuild#BUILD}), through the
 * same progress reporter ({@link MavenProgress}, run from its source file since nothing is built
 * yet), the same classpath, the same class-data-sharing archive ({@link ToolsArchive}), the same
 * main class. (The bash launcher runs for real in the verification module's learner-clone test;
 * the .cmd one is only read here.)
 */
class LaunchersTest {
    private static final Path ROOT =
            Path.of(System.getProperty("workshop.root", "..")).toAbsolutePath().normalize();

    @Test
    void bothLaunchersBuildAndRunTheToolsAsTheCliDoes() throws Exception {
        String build = String.join(" ", ToolsBuild.BUILD);
        String bash = Files.readString(ROOT.resolve("workshop"));
        String cmd = Files.readString(ROOT.resolve("workshop.cmd"));
        String progress = "java " + MavenProgress.SOURCE + " " + build;
        assertThat(ROOT.resolve(MavenProgress.SOURCE)).isRegularFile();
        assertThat(bash)
                .contains(progress)
                .contains(WorkshopCli.class.getName())
                .contains(String.join(":", ToolsBuild.CLASSPATH))
                .contains("-Dworkshop.root=")
                .contains("-Dworkshop.tools.fresh=");
        assertThat(cmd)
                .contains(progress)
                .contains(WorkshopCli.class.getName())
                .contains(String.join(";", ToolsBuild.CLASSPATH).replace('/', '\\'))
                .contains("-Dworkshop.root=")
                .contains("-Dworkshop.tools.fresh=");
        // The class-data-sharing archive, as ToolsArchive and ToolsBuild.runAgain use it.
        String archive = ToolsArchive.ARCHIVE.toString().replace('\\', '/');
        assertThat(bash)
                .contains("jsa=" + archive)
                .contains("-XX:SharedArchiveFile=$jsa")
                .contains("-XX:ArchiveClassesAtExit=$jsa.")
                .contains("'" + ToolsArchive.QUIET + "'");
        assertThat(cmd)
                .contains("set JSA=" + archive.replace('/', '\\'))
                .contains("-XX:SharedArchiveFile=%JSA%")
                .contains("-XX:ArchiveClassesAtExit=%JSA%.")
                .contains(ToolsArchive.QUIET);
        // The quick start, for every command but compare, as ToolsBuild.jvmOptions gives it.
        assertThat(bash)
                .contains("jit=" + ToolsBuild.QUICK_START + "; [ \"${1:-}\" != compare ]")
                .contains("\"$jit\"");
        assertThat(cmd)
                .contains("set JIT=" + ToolsBuild.QUICK_START)
                .contains("if \"%~1\"==\"compare\" set JIT=")
                .contains("%JIT%");
        assertThat(ToolsBuild.jvmOptions(ROOT, java.util.List.of("check"))).contains(ToolsBuild.QUICK_START);
        assertThat(ToolsBuild.jvmOptions(ROOT, java.util.List.of("compare"))).doesNotContain(ToolsBuild.QUICK_START);
        assertThat(bash.lines().count())
                .as("the bash launcher stays a thin shim")
                .isLessThanOrEqualTo(40);
        assertThat(cmd.lines().count())
                .as("the Windows launcher stays a thin shim")
                .isLessThanOrEqualTo(40);
    }

    @Test
    void theCliRunsItselfAgainOnTheLaunchersClasspath() {
        assertThat(ToolsBuild.classpath(ROOT).replace(ROOT + java.io.File.separator, ""))
                .isEqualTo(String.join(java.io.File.pathSeparator, ToolsBuild.CLASSPATH)
                        .replace('/', java.io.File.separatorChar));
    }
}
