package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code watch} notices, on this machine's native file events (inotify on Linux): a save in
 * place, a save as IntelliJ and vim make it (a temporary file renamed over yours), a new file in a
 * new package, and a deleted file. Each must be noticed; how fast is printed, not asserted (the
 * timeout is only there so a miss fails instead of hanging). An editor's own files (a swap file) are
 * not a save.
 */
class SourceChangesTest {
    /** Far above the 1 s a learner may wait: a miss fails the test, a slow CI machine does not. */
    private static final Duration NOTICED_WITHIN = Duration.ofSeconds(15);

    @TempDir
    Path sources;

    @Test
    void savesRenamesNewFilesAndDeletionsAreNoticed() throws Exception {
        Path repository = sources.resolve("workshop/step1/AccountRepository.java");
        Files.createDirectories(repository.getParent());
        Files.writeString(repository, "class AccountRepository {}\n");
        Map<String, Long> millis = new LinkedHashMap<>();

        try (SourceChanges changes = SourceChanges.watch(sources)) {
            Files.writeString(repository.resolveSibling(".AccountRepository.java.swp"), "vim's swap file");
            assertThat(changes.awaitSave(Duration.ofMillis(500)))
                    .as("an editor's swap file is not a save")
                    .isEmpty();

            long start = System.nanoTime();
            Files.writeString(repository, "class AccountRepository { int saved; }\n");
            millis.put("save_in_place", noticed(changes, repository, start));

            start = System.nanoTime();
            Path temporary = repository.resolveSibling("AccountRepository.java___jb_tmp___");
            Files.writeString(temporary, "class AccountRepository { int renamedOver; }\n");
            Files.move(temporary, repository, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            millis.put("rename_over", noticed(changes, repository, start));

            start = System.nanoTime();
            Path helper = sources.resolve("workshop/step1/cache/Keys.java");
            Files.createDirectories(helper.getParent());
            Files.writeString(helper, "class Keys {}\n");
            millis.put("new_file_in_new_package", noticed(changes, helper, start));

            start = System.nanoTime();
            Files.delete(helper);
            millis.put("deleted_file", noticed(changes, helper, start));
        }
        System.out.println("watch.noticed_ms " + millis);
    }

    /** Waits for a save that names {@code file}; the milliseconds since {@code startNanos}. */
    private static long noticed(SourceChanges changes, Path file, long startNanos)
            throws InterruptedException, IOException {
        long deadline = startNanos + NOTICED_WITHIN.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<Set<Path>> save = changes.awaitSave(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            if (save.isPresent() && save.get().contains(file)) {
                return (System.nanoTime() - startNanos) / 1_000_000;
            }
        }
        throw new AssertionError(
                "watch did not notice the change to " + file + " within " + NOTICED_WITHIN.toSeconds() + " s");
    }
}
