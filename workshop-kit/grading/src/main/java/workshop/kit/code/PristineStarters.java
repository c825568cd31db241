package workshop.kit.code;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The step modules' sources as the workshop ships them, before any learner edited them.
 *
 * <p>{@code workshop-kit/pristine-starters.txt} lists each file with its git blob id (what {@code
 * git hash-object FILE} prints). The content is read from the workshop's own git history by that
 * id, never from the working copy: a learner may edit, and commit, their step, and the instructor's
 * starter gate, the reference-solution builds and the docs tests still see the starter as shipped.
 * Where git cannot give it (no git, or a download without history), an unchanged working-copy file
 * is just as good: its blob id says so.
 *
 * <p>After changing a starter on purpose, record it again (CONTRIBUTING.md says how).
 */
public final class PristineStarters {
    /** Where the list is, relative to the repository root. */
    public static final Path LIST = Path.of("workshop-kit", "pristine-starters.txt");

    private final Path root;
    private final Map<Path, String> blobIds;
    private final Map<String, Optional<byte[]>> fromGit = new HashMap<>();

    private PristineStarters(Path root, Map<Path, String> blobIds) {
        this.root = root;
        this.blobIds = blobIds;
    }

    public static PristineStarters of(Path root) {
        Map<Path, String> blobIds = new LinkedHashMap<>();
        try {
            for (String line : Files.readAllLines(root.resolve(LIST), StandardCharsets.UTF_8)) {
                String trimmed = line.strip();
                if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                    continue;
                }
                String[] idAndPath = trimmed.split("\\s+", 2);
                blobIds.put(Path.of(idAndPath[1]), idAndPath[0]);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
        return new PristineStarters(root, blobIds);
    }

    /** Every recorded file, relative to the root. */
    public List<Path> files() {
        return blobIds.keySet().stream().sorted().toList();
    }

    /** The recorded files under {@code directory} (relative to the root), e.g. a step's src/main/java. */
    public List<Path> filesUnder(Path directory) {
        return blobIds.keySet().stream()
                .filter(file -> file.startsWith(directory))
                .sorted()
                .toList();
    }

    /** Every recorded file whose working copy is not the pristine starter (edited, or deleted). */
    public List<Path> editedFiles() {
        List<Path> edited = new ArrayList<>();
        blobIds.forEach((file, id) -> {
            if (!id.equals(workingCopyBlobId(file).orElse(""))) {
                edited.add(file);
            }
        });
        return edited;
    }

    /** The pristine content of a recorded file, if git (or an unchanged working copy) can give it. */
    public Optional<byte[]> content(Path file) {
        String id = blobIds.get(file);
        if (id == null) {
            return Optional.empty();
        }
        if (id.equals(workingCopyBlobId(file).orElse(""))) {
            return Optional.of(read(root.resolve(file)));
        }
        return fromGit.computeIfAbsent(id, this::readBlob);
    }

    /** The id git gives a file's content: SHA-1 of "blob", its length, a NUL byte, and the bytes. */
    public static String blobId(byte[] content) {
        try {
            MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
            sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
            return HexFormat.of().formatHex(sha1.digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java has SHA-1", e);
        }
    }

    private Optional<String> workingCopyBlobId(Path file) {
        Path onDisk = root.resolve(file);
        return Files.isRegularFile(onDisk) ? Optional.of(blobId(read(onDisk))) : Optional.empty();
    }

    private Optional<byte[]> readBlob(String id) {
        try {
            Process git = new ProcessBuilder("git", "cat-file", "blob", id)
                    .directory(root.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            byte[] content = git.getInputStream().readAllBytes();
            if (!git.waitFor(30, TimeUnit.SECONDS) || git.exitValue() != 0 || !id.equals(blobId(content))) {
                return Optional.empty();
            }
            return Optional.of(content);
        } catch (IOException gitIsMissing) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private static byte[] read(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
