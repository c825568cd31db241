package workshop.kit.dynamodb;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * A Python 3.9 or newer found on the PATH, the one that can create the workshop's private moto
 * environment ({@link PrivateMoto}).
 *
 * @param command how to run it: {@code [/usr/bin/python3]}, or {@code [C:\...\py.exe, -3]} on Windows
 * @param version e.g. "3.11.2"
 * @param externallyManaged true when the system manages its packages (PEP 668): {@code pip install}
 *     outside a virtual environment is then refused with "externally-managed-environment". The
 *     marker file pip checks for that, EXTERNALLY-MANAGED in the standard library's directory, is
 *     what is read here.
 */
public record Python(List<String> command, String version, boolean externallyManaged) {
    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");
    private static final boolean MAC = System.getProperty("os.name", "").startsWith("Mac");
    /** Prints the version, whether it is 3.9+, and whether pip would find the PEP 668 marker. */
    private static final String PROBE =
            "import os, sys, sysconfig; print('%d.%d.%d' % sys.version_info[:3]); print(sys.version_info >= (3, 9));"
                    + " print(os.path.isfile(os.path.join(sysconfig.get_path('stdlib'), 'EXTERNALLY-MANAGED')))";

    public Python {
        command = List.copyOf(command);
    }

    /** What people would type, e.g. "/usr/bin/python3" or "py -3". */
    public String display() {
        return String.join(" ", command);
    }

    /** The first Python 3.9+ on {@code path} that runs: python3, then python (on Windows first the py launcher). */
    public static Optional<Python> find(String path) {
        List<List<String>> candidates = new ArrayList<>();
        if (WINDOWS) {
            MotoLocator.onPath(path, "py").ifPresent(py -> candidates.add(List.of(py.toString(), "-3")));
        }
        for (String name : List.of("python3", "python")) {
            MotoLocator.onPath(path, name)
                    .filter(Python::mayRun)
                    .ifPresent(program -> candidates.add(List.of(program.toString())));
        }
        for (List<String> candidate : candidates) {
            Optional<Python> python = probe(candidate);
            if (python.isPresent()) {
                return python;
            }
        }
        return Optional.empty();
    }

    /**
     * macOS has /usr/bin/python3 even without Python: a stub that opens a dialog to install Apple's
     * developer tools. Run it only when those tools are there.
     */
    private static boolean mayRun(Path program) {
        if (!MAC || !program.equals(Path.of("/usr/bin/python3"))) {
            return true;
        }
        return run(List.of("xcode-select", "-p")).isPresent();
    }

    private static Optional<Python> probe(List<String> command) {
        List<String> probe = new ArrayList<>(command);
        probe.addAll(List.of("-c", PROBE));
        Optional<List<String>> lines = run(probe);
        if (lines.isEmpty() || lines.get().size() < 3 || !lines.get().get(1).equals("True")) {
            return Optional.empty();
        }
        return Optional.of(
                new Python(command, lines.get().get(0), lines.get().get(2).equals("True")));
    }

    /** The lines a program prints, when it runs and exits 0 within 15 s. */
    private static Optional<List<String>> run(List<String> command) {
        try {
            Process process =
                    new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getOutputStream().close();
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return Optional.empty();
            }
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return process.exitValue() == 0
                    ? Optional.of(output.lines().map(String::strip).toList())
                    : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
