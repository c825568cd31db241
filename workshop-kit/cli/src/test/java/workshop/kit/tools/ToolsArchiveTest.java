package workshop.kit.tools;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The tools' class-data-sharing archive: used when there, written by a check when not (unless one
 * is being written), a finished dump adopted, a stale or abandoned one deleted.
 */
class ToolsArchiveTest {
    /** A dynamic archive's first bytes, as the JVM writes them on this kind of machine. */
    private static final byte[] HEADER = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0, 1, 2, 3, 4};

    private static final Instant BUILT = Instant.now().minus(Duration.ofHours(1));

    @TempDir
    Path root;

    private Path archive;

    @BeforeEach
    void toolsBuiltAnHourAgo() throws IOException {
        for (String entry : ToolsBuild.CLASSPATH) {
            Path jar = root.resolve(entry.endsWith("/*") ? entry.substring(0, entry.length() - 2) : entry);
            if (entry.endsWith("/*")) {
                Files.createDirectories(jar);
            } else {
                Files.createDirectories(jar.getParent());
                Files.writeString(jar, "a jar");
            }
            Files.setLastModifiedTime(jar, FileTime.from(BUILT));
        }
        archive = root.resolve(ToolsArchive.ARCHIVE);
    }

    @Test
    void aCheckWritesTheArchiveWhenThereIsNoneAndEveryCommandUsesItOnceThere() throws IOException {
        assertThat(ToolsArchive.jvmOptions(root, List.of("check", "step-1")))
                .first()
                .asString()
                .startsWith("-XX:ArchiveClassesAtExit=" + archive + ".");
        assertThat(ToolsArchive.jvmOptions(root, List.of("progress")))
                .doesNotContain("-XX:ArchiveClassesAtExit=")
                .contains("-Xshare:auto");
        write(archive.resolveSibling("workshop-tools.jsa.41"), new byte[0], Instant.now());
        assertThat(ToolsArchive.jvmOptions(root, List.of("check")))
                .as("while another check writes one")
                .contains("-Xshare:auto");
        write(archive, HEADER, Instant.now());
        assertThat(ToolsArchive.jvmOptions(root, List.of("watch")))
                .contains("-XX:SharedArchiveFile=" + archive, ToolsArchive.QUIET);
    }

    @Test
    void aFinishedDumpIsAdoptedAndTheOthersAreDropped() throws IOException {
        Path finished = archive.resolveSibling("workshop-tools.jsa.1001");
        Path another = archive.resolveSibling("workshop-tools.jsa.1002");
        Path beingWritten = archive.resolveSibling("workshop-tools.jsa.1003");
        Path abandoned = archive.resolveSibling("workshop-tools.jsa.1004");
        write(finished, HEADER, Instant.now());
        write(beingWritten, new byte[8], Instant.now());
        write(abandoned, new byte[8], Instant.now().minus(Duration.ofMinutes(11)));
        ToolsArchive.tidy(root);
        assertThat(archive).as("the finished dump, adopted").exists();
        assertThat(beingWritten).as("a dump whose header is not written yet").exists();
        assertThat(abandoned).as("a dump abandoned long ago").doesNotExist();

        write(another, HEADER, Instant.now());
        ToolsArchive.tidy(root);
        assertThat(another)
                .as("a second finished dump, with an archive there already")
                .doesNotExist();
    }

    @Test
    void anArchiveAnotherJvmWroteIsDeleted() throws IOException {
        write(archive.resolveSibling("workshop-tools.jsa.5"), HEADER, Instant.now());
        ToolsArchive.tidy(root);
        assertThat(archive).as("the dump this JVM wrote, adopted").exists();
        ToolsArchive.tidy(root);
        assertThat(archive).as("the archive, the next time the same JVM looks").exists();
        Files.writeString(archive.resolveSibling("workshop-tools.jsa-jvm"), "/some/other/jdk 11.0.2+9");
        ToolsArchive.tidy(root);
        assertThat(archive)
                .as("an archive written by another JVM (a JDK update since, say)")
                .doesNotExist();
    }

    @Test
    void anArchiveOlderThanTheToolsIsDeleted() throws IOException {
        write(archive, HEADER, BUILT.minus(Duration.ofMinutes(1)));
        Path oldDump = archive.resolveSibling("workshop-tools.jsa.7");
        write(oldDump, HEADER, BUILT.minus(Duration.ofMinutes(1)));
        ToolsArchive.tidy(root);
        assertThat(archive).as("an archive of the jars before the last build").doesNotExist();
        assertThat(oldDump).as("a dump of the jars before the last build").doesNotExist();
    }

    private static void write(Path file, byte[] content, Instant modified) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, content);
        Files.setLastModifiedTime(file, FileTime.from(modified));
    }
}
