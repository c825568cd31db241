package workshop.kit.dynamodb;

import java.util.Map;

/**
 * A DynamoDB-compatible server in Docker: the resolver's fallback when moto is not installed. It
 * lives in its own module (workshop-localstack, LocalStack through Testcontainers), so the
 * libraries it needs are on no one's classpath until a machine without moto asks for Docker; see
 * {@link DockerBackends}.
 */
public interface DockerDynamoDb {
    /**
     * The LocalStack image used without an auth token: 4.14.0 is the last release that starts without
     * one (from 4.15 and the March 2026 releases on, LocalStack's image needs LOCALSTACK_AUTH_TOKEN,
     * which needs a LocalStack account).
     */
    String PINNED_IMAGE = "localstack/localstack:4.14.0";

    /** The image used when LOCALSTACK_AUTH_TOKEN is set. */
    String LATEST_IMAGE = "localstack/localstack:latest";

    /**
     * What the Docker route downloads and needs, in the words a learner reads before it starts:
     * LocalStack's issue tracker puts its image at about 1.9 GB unpacked (2025); not measured here.
     */
    String WHAT_IT_DOWNLOADS = "Docker downloads " + PINNED_IMAGE
            + " the first time (about 2 GB on disk; no LocalStack account" + " or auth token needed for that version)";

    /** Whether a Docker engine answers here (false rather than an exception). */
    boolean dockerAvailable();

    /** Starts the server and returns it ready to use; a {@link BackendUnavailableException} saying why when it cannot. */
    RunningDynamoDb start(Map<String, String> env);
}
