package workshop.kit.cli;

import io.methvin.watcher.DirectoryChangeEvent;
import io.methvin.watcher.DirectoryChangeListener;
import io.methvin.watcher.DirectoryWatcher;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import workshop.kit.WorkshopException;

/**
 * The saves of Java files under one directory tree (a step's {@code src/main/java}), as the
 * operating system reports them: inotify on Linux, FSEvents on macOS, ReadDirectoryChangesW on
 * Windows, through the directory-watcher library. The JDK's own WatchService only polls on macOS
 * (every 10 s by default), and a learner on a Mac would wait that long for a new scorecard.
 *
 * <p>The library watches the whole tree (new packages included), drops events that leave a file's
 * content as it was, and tells us when a burst of events is over: editors save in bursts (IntelliJ
 * and vim write a temporary file and rename it over yours), and one burst is one save.
 */
final class SourceChanges implements AutoCloseable {
    /**
     * How long a save that looks half done (a changed file missing or empty, as between "rename the
     * old file away" and "rename the new one in") may take to finish before it is taken as it is.
     */
    private static final Duration SECOND_PART = Duration.ofMillis(300);

    private final DirectoryWatcher watcher;
    private final ExecutorService thread;
    private final BlockingQueue<Set<Path>> saves = new LinkedBlockingQueue<>();
    private final Set<Path> burst = new LinkedHashSet<>();

    private SourceChanges(Path directory) throws IOException {
        DirectoryChangeListener listener = new DirectoryChangeListener() {
            @Override
            public void onEvent(DirectoryChangeEvent event) {
                Path file = event.path();
                if (event.eventType() == DirectoryChangeEvent.EventType.OVERFLOW || file == null) {
                    collect(directory); // the OS lost count: something changed somewhere
                } else if (!event.isDirectory() && isJavaSource(file)) {
                    collect(file);
                }
            }

            @Override
            public void onIdle(int eventsSoFar) {
                endOfBurst();
            }
        };
        this.watcher =
                DirectoryWatcher.builder().path(directory).listener(listener).build();
        this.thread = Executors.newSingleThreadExecutor(task -> {
            Thread daemon = new Thread(task, "watch " + directory.getFileName());
            daemon.setDaemon(true); // Ctrl-C must not wait for it
            return daemon;
        });
        watcher.watchAsync(thread);
    }

    /** Starts watching {@code directory} and everything under it. */
    static SourceChanges watch(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new WorkshopException(directory + " is not a directory, so there is nothing to watch."
                    + " If you moved or deleted it, git checkout -- " + directory.getFileName() + " brings it back.");
        }
        try {
            return new SourceChanges(directory);
        } catch (IOException e) {
            throw new WorkshopException("Could not watch " + directory + " for saves: " + e.getMessage());
        }
    }

    /** Blocks until the next save; the Java files it created, changed or deleted. */
    Set<Path> awaitSave() throws InterruptedException {
        return completed(saves.take());
    }

    /** The next save, or empty when none came within {@code timeout}. */
    Optional<Set<Path>> awaitSave(Duration timeout) throws InterruptedException {
        Set<Path> first = saves.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        return first == null ? Optional.empty() : Optional.of(completed(first));
    }

    /**
     * The save with the bursts that are already waiting, and with its second part when it looks
     * half done: the OS may report one save in two bursts (a file emptied, then written; renamed
     * away, then renamed in), and grading between the two would show a compile error for nothing.
     */
    private Set<Path> completed(Set<Path> first) throws InterruptedException {
        Set<Path> files = new LinkedHashSet<>(first);
        for (Set<Path> more; (more = saves.poll()) != null; ) {
            files.addAll(more);
        }
        if (files.stream().anyMatch(SourceChanges::missingOrEmpty)) {
            Set<Path> rest = saves.poll(SECOND_PART.toMillis(), TimeUnit.MILLISECONDS);
            if (rest != null) {
                files.addAll(rest);
            }
        }
        return files;
    }

    private synchronized void collect(Path file) {
        burst.add(file);
    }

    private synchronized void endOfBurst() {
        if (!burst.isEmpty()) {
            saves.add(Set.copyOf(burst));
            burst.clear();
        }
    }

    /** A Java source, not an editor's lock or backup file next to it (emacs: .#Name.java, #Name.java#). */
    private static boolean isJavaSource(Path file) {
        String name = file.getFileName().toString();
        return name.endsWith(".java") && !name.startsWith(".#") && !name.startsWith("#");
    }

    private static boolean missingOrEmpty(Path file) {
        try {
            return !Files.isRegularFile(file) || Files.size(file) == 0;
        } catch (IOException e) {
            return true;
        }
    }

    @Override
    public void close() {
        try {
            watcher.close();
        } catch (IOException e) {
            // Nothing to do: the watcher thread is stopped below either way.
        }
        thread.shutdownNow();
    }
}
