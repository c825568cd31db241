package workshop.kit.dynamodb;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Finds moto: first the workshop's own ({@link PrivateMoto}, in {@code .workshop/moto}), then the
 * way a shell would: {@code moto_server} on the PATH, else a Python on the PATH that can {@code
 * import moto.server} (pip sometimes installs the package without putting its script on the PATH).
 * The PATH is a parameter so tests can hand in one where nothing is found.
 */
final class MotoLocator {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private MotoLocator() {}

    /** The workshop's own moto when it is installed, else moto on the PATH. */
    static Optional<MotoInstallation> find(PrivateMoto privateMoto, String path) {
        return privateMoto.installation().or(() -> find(path));
    }

    /** moto on the PATH. */
    static Optional<MotoInstallation> find(String path) {
        Optional<Path> python = onPath(path, "python3").or(() -> onPath(path, "python"));
        Optional<Path> motoServer = onPath(path, "moto_server");
        if (motoServer.isPresent()) {
            return Optional.of(new MotoInstallation(List.of(motoServer.get().toString()), python));
        }
        if (python.isPresent() && canImportMotoServer(python.get())) {
            return Optional.of(new MotoInstallation(List.of(python.get().toString(), "-m", "moto.server"), python));
        }
        return Optional.empty();
    }

    /** The first executable file called {@code name} in the PATH's directories (on Windows also name.exe, ...). */
    static Optional<Path> onPath(String path, String name) {
        List<String> fileNames = WINDOWS ? List.of(name + ".exe", name + ".cmd", name + ".bat", name) : List.of(name);
        for (String directory : path.split(File.pathSeparator)) {
            if (directory.isBlank()) {
                continue; // an empty entry would mean "the current directory": not what anybody wants here
            }
            for (String fileName : fileNames) {
                Path candidate = Path.of(directory, fileName);
                if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    /** Imports moto's server module (~0.5 s); only asked when {@code moto_server} itself is not on the PATH. */
    private static boolean canImportMotoServer(Path python) {
        try {
            Process process = new ProcessBuilder(python.toString(), "-c", "import moto.server")
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return process.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
