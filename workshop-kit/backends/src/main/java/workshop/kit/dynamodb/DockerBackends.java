package workshop.kit.dynamodb;

import java.util.Optional;
import workshop.kit.OptionalModule;

/**
 * Finds the Docker fallback ({@link DockerDynamoDb}), from the workshop-localstack module, only when
 * it is needed: a learner with moto never loads it, nor its libraries (see {@link OptionalModule}).
 */
final class DockerBackends {
    static final String MODULE = "workshop-kit/localstack";

    private DockerBackends() {}

    static Optional<DockerDynamoDb> find() {
        return OptionalModule.load(DockerDynamoDb.class, MODULE);
    }

    /** Whether Docker answers, without loading anything when the module is not built. */
    static boolean dockerAvailable() {
        return find().map(DockerDynamoDb::dockerAvailable).orElse(false);
    }
}
