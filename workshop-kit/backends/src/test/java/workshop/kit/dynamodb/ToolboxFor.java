package workshop.kit.dynamodb;

import java.nio.file.Path;
import java.util.Optional;

/** Toolboxes that answer for a test instead of for this machine. */
final class ToolboxFor {
    private ToolboxFor() {}

    /** For paths where the resolver must decide without looking at the machine at all. */
    static Toolbox failingIfAsked() {
        return new Toolbox(
                () -> {
                    throw new AssertionError("the resolver should not have looked for moto");
                },
                () -> {
                    throw new AssertionError("the resolver should not have asked for Docker");
                },
                () -> {
                    throw new AssertionError("the resolver should not have looked for Python");
                });
    }

    /** A machine whose PATH is just {@code directory} and where Docker is not running. */
    static Toolbox pathWithoutDocker(Path directory) {
        return new Toolbox(
                () -> MotoLocator.find(directory.toString()), () -> false, () -> Python.find(directory.toString()));
    }

    /** No moto, no Docker, no Python. */
    static Toolbox nothing() {
        return new Toolbox(Optional::empty, () -> false, Optional::empty);
    }

    /** No moto, no Docker, but this Python. */
    static Toolbox onlyPython(Python python) {
        return new Toolbox(Optional::empty, () -> false, () -> Optional.of(python));
    }
}
