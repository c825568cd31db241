package workshop.kit.dynamodb;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The workshop's own moto: a Python virtual environment in {@code .workshop/moto} (git-ignored)
 * holding the pinned {@link #PACKAGE}, for this clone of the workshop alone. It is how a fresh
 * machine gets moto where {@code pip install} outside a virtual environment is refused (PEP 668:
 * Homebrew's Python, Debian 12, Ubuntu 23.04 and later). The locator looks here first; {@code
 * ./workshop prepare} (or the first command that needs DynamoDB) creates it, after asking.
 */
public final class PrivateMoto {
    /** What is installed, pinned: the version the workshop is tested with. */
    public static final String PACKAGE = "moto[server]==5.2.1";

    /** Where it lives, relative to the repository root. */
    public static final Path DIRECTORY = Path.of(".workshop", "moto");

    private static final boolean WINDOWS = System.getProperty("os.name", "").startsWith("Windows");

    private final Path root;

    public PrivateMoto(Path root) {
        this.root = root;
    }

    /**
     * The private moto of the workshop this JVM works in: the {@code workshop.root} system property
     * (the launchers and the build set it), else the nearest directory at or above the working
     * directory that holds the step manifest (an IDE runs a step's tests in the step's module).
     */
    public static PrivateMoto ofThisWorkshop() {
        String property = System.getProperty("workshop.root");
        if (property != null && !property.isBlank()) {
            return new PrivateMoto(Path.of(property).toAbsolutePath().normalize());
        }
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("workshop-kit").resolve("steps.yaml"))) {
                return new PrivateMoto(dir);
            }
        }
        return new PrivateMoto(Path.of("").toAbsolutePath());
    }

    /** The environment's directory, {@code <root>/.workshop/moto}. */
    public Path directory() {
        return root.resolve(DIRECTORY);
    }

    /** The environment's own Python (what runs its pip). */
    public Path python() {
        return WINDOWS
                ? directory().resolve("Scripts").resolve("python.exe")
                : directory().resolve("bin").resolve("python");
    }

    /** The {@code moto_server} the environment's pip installs. */
    Path server() {
        return WINDOWS
                ? directory().resolve("Scripts").resolve("moto_server.exe")
                : directory().resolve("bin").resolve("moto_server");
    }

    /** moto as installed here, once its {@code moto_server} is. */
    public Optional<MotoInstallation> installation() {
        if (!Files.isRegularFile(server()) || !Files.isExecutable(server())) {
            return Optional.empty();
        }
        Optional<Path> python = Files.isRegularFile(python()) ? Optional.of(python()) : Optional.empty();
        return Optional.of(new MotoInstallation(List.of(server().toString()), python));
    }

    /** True when {@code command} (a moto_server path) is this environment's. */
    boolean holds(String command) {
        return Path.of(command)
                .toAbsolutePath()
                .normalize()
                .startsWith(directory().toAbsolutePath().normalize());
    }
}
