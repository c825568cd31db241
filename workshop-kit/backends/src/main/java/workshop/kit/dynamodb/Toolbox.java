package workshop.kit.dynamodb;

import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The questions the resolver asks the machine: "where is moto?", "is Docker running?" and, to say
 * what to do when neither is there, "is there a Python to install moto with?". They are suppliers
 * so that they are only asked when needed (Docker detection takes ~0.5 s) and so that tests can give
 * their own answers instead of depending on what this machine has.
 */
record Toolbox(
        Supplier<Optional<MotoInstallation>> moto, BooleanSupplier dockerAvailable, Supplier<Optional<Python>> python) {

    /** The real answers: moto in the workshop's own environment, else on the PATH from {@code env}. */
    static Toolbox onThisMachine(Map<String, String> env) {
        String path = env.getOrDefault("PATH", "");
        return new Toolbox(
                () -> MotoLocator.find(PrivateMoto.ofThisWorkshop(), path),
                DockerBackends::dockerAvailable,
                () -> Python.find(path));
    }
}
