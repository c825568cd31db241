package workshop.kit.dynamodb;

import java.util.Map;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

/**
 * The two questions the resolver asks the machine: "where is moto?" and "is Docker running?".
 * They are suppliers so that they are only asked when needed (Docker detection takes ~0.5 s) and so
 * that tests can give their own answers instead of depending on what this machine has.
 */
record Toolbox(Supplier<Optional<MotoInstallation>> moto, BooleanSupplier dockerAvailable) {

  /** The real answers, looking for moto on the PATH from {@code env}. */
  static Toolbox onThisMachine(Map<String, String> env) {
    return new Toolbox(
        () -> MotoLocator.find(env.getOrDefault("PATH", "")), DockerBackends::dockerAvailable);
  }
}
