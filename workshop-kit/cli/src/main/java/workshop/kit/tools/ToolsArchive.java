package workshop.kit.tools;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tools' class-data-sharing archive (the JDK's CDS): the classes a {@code ./workshop check}
 * loaded, already parsed and laid out, which later commands map instead of loading them again from
 * the jars. It halves the time a command spends before it does any work.
 *
 * <p>The launchers map it when it exists ({@code -XX:SharedArchiveFile}); when it does not, a
 * {@code check} writes it as its JVM exits ({@code -XX:ArchiveClassesAtExit}), under a name of its
 * own ({@code workshop-tools.jsa.<number>}), so that two commands never write one file, and only
 * when no other is being written. The next command adopts a finished one ({@link #tidy}). The JVM
 * writes the archive's header last, so a file whose header is there is whole.
 *
 * <p>The JVM never maps an archive of other jars than its classpath's (it checks their sizes and
 * times): an archive older than the tools' jars, which a rebuild replaced, is deleted, and the next
 * {@code check} writes a new one.
 */
public final class ToolsArchive {
    static final Path ARCHIVE = Path.of("workshop-kit", "cli", "target", "workshop-tools.jsa");
    /** The first bytes of a dynamic archive's header, 0xf00baba8, in the machine's byte order (either). */
    private static final byte[] MAGIC = {(byte) 0xa8, (byte) 0xab, 0x0b, (byte) 0xf0};

    private static final byte[] MAGIC_BIG_ENDIAN = {(byte) 0xf0, 0x0b, (byte) 0xab, (byte) 0xa8};
    /** A dump without a header after this long was never finished (the JVM was killed while writing it). */
    private static final Duration ABANDONED = Duration.ofMinutes(10);
    /** Quiet: an archive the JVM cannot use (another JDK, say) is skipped without a word. */
    static final String QUIET = "-Xlog:cds*=off";

    private ToolsArchive() {}

    /** What the launchers pass, for a JVM running these arguments. */
    static List<String> jvmOptions(Path root, List<String> args) {
        Path archive = root.resolve(ARCHIVE);
        if (Files.isRegularFile(archive)) {
            return List.of("-XX:SharedArchiveFile=" + archive, QUIET);
        }
        if (!args.isEmpty()
                && args.get(0).equals("check")
                && dumpsQuietly(archive).isEmpty()) {
            return List.of("-XX:ArchiveClassesAtExit=" + archive + "." + Long.toHexString(System.nanoTime()), QUIET);
        }
        return List.of("-Xshare:auto", QUIET);
    }

    /**
     * Deletes a stale archive (older than the tools' jars, or written by another JVM than this one),
     * adopts a finished dump, drops abandoned ones. Never fails a command.
     */
    public static void tidy(Path root) {
        Path archive = root.resolve(ARCHIVE);
        Path writtenBy = archive.resolveSibling(WRITTEN_BY);
        try {
            Instant jars = newestJar(root);
            if (Files.isRegularFile(archive)
                    && (Files.getLastModifiedTime(archive).toInstant().isBefore(jars)
                            || !writtenByThisJvm(writtenBy))) {
                Files.deleteIfExists(archive);
            }
            for (Path dump : dumps(archive)) {
                FileTime written = Files.getLastModifiedTime(dump);
                if (hasHeader(dump) && !written.toInstant().isBefore(jars) && !Files.exists(archive)) {
                    // The JVM that wrote it is the one that runs the launchers: this one, bar an update since.
                    Files.writeString(writtenBy, thisJvm());
                    Files.move(dump, archive, StandardCopyOption.ATOMIC_MOVE);
                } else if (hasHeader(dump)
                        || written.toInstant().isBefore(Instant.now().minus(ABANDONED))) {
                    Files.deleteIfExists(dump);
                }
            }
        } catch (IOException | RuntimeException e) {
            // The archive only makes commands faster: without it they work as well.
        }
    }

    /** Deletes the archive, as the tools are about to be rebuilt. */
    static void delete(Path root) {
        try {
            Files.deleteIfExists(root.resolve(ARCHIVE));
        } catch (IOException e) {
            // tidy() deletes it later, being older than the new jars.
        }
    }

    /** Which JVM wrote the archive: it maps only into the same JVM (the same build of the JDK). */
    private static final String WRITTEN_BY = "workshop-tools.jsa-jvm";

    private static String thisJvm() {
        return System.getProperty("java.home") + " " + System.getProperty("java.vm.version");
    }

    private static boolean writtenByThisJvm(Path writtenBy) throws IOException {
        return Files.isRegularFile(writtenBy) && Files.readString(writtenBy).equals(thisJvm());
    }

    private static List<Path> dumpsQuietly(Path archive) {
        try {
            return dumps(archive);
        } catch (IOException e) {
            return List.of();
        }
    }

    private static List<Path> dumps(Path archive) throws IOException {
        if (!Files.isDirectory(archive.getParent())) {
            return List.of();
        }
        String prefix = archive.getFileName() + ".";
        try (Stream<Path> files = Files.list(archive.getParent())) {
            return files.filter(file -> file.getFileName().toString().startsWith(prefix))
                    .toList();
        }
    }

    private static boolean hasHeader(Path dump) throws IOException {
        try (InputStream in = Files.newInputStream(dump)) {
            byte[] start = in.readNBytes(MAGIC.length);
            return Arrays.equals(start, MAGIC) || Arrays.equals(start, MAGIC_BIG_ENDIAN);
        }
    }

    /** When the newest of the tools' jars (and the library directory) was written. */
    private static Instant newestJar(Path root) throws IOException {
        List<Path> jars = new ArrayList<>();
        for (String entry : ToolsBuild.CLASSPATH) {
            jars.add(root.resolve(entry.endsWith("/*") ? entry.substring(0, entry.length() - 2) : entry));
        }
        Instant newest = Instant.EPOCH;
        for (Path jar : jars) {
            if (Files.exists(jar)) {
                Instant modified = Files.getLastModifiedTime(jar).toInstant();
                newest = modified.isAfter(newest) ? modified : newest;
            }
        }
        return newest;
    }
}
