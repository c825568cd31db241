package workshop.kit.localstack;

import static workshop.kit.dynamodb.DockerDynamoDb.LATEST_IMAGE;
import static workshop.kit.dynamodb.DockerDynamoDb.PINNED_IMAGE;
import static workshop.kit.dynamodb.DockerDynamoDb.WHAT_IT_DOWNLOADS;

import java.util.Map;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import workshop.kit.dynamodb.BackendUnavailableException;
import workshop.kit.dynamodb.DockerDynamoDb;
import workshop.kit.dynamodb.DynamoDbBackend;
import workshop.kit.dynamodb.DynamoDbEndpoint;
import workshop.kit.dynamodb.RunningDynamoDb;

/**
 * LocalStack in Docker, through Testcontainers. Used when moto is not installed but Docker runs, or
 * when asked for. The container is only constructed once we know Docker is there, so machines
 * without Docker never touch the Docker client. The kit finds this class as a {@link DockerDynamoDb}
 * service (see {@link Provider}), loading this module only when it needs it.
 */
final class LocalStackDynamoDb extends DynamoDbBackend {
    /** What the kit's resolver finds through java.util.ServiceLoader. */
    public static final class Provider implements DockerDynamoDb {
        @Override
        public boolean dockerAvailable() {
            return LocalStackDynamoDb.dockerAvailable();
        }

        @Override
        public RunningDynamoDb start(Map<String, String> env) {
            return LocalStackDynamoDb.start(env);
        }
    }

    private final LocalStackContainer container;

    private LocalStackDynamoDb(LocalStackContainer container, String image) {
        super(new DynamoDbEndpoint(
                container.getEndpoint(),
                container.getRegion(),
                "LocalStack (" + image + ") in Docker at " + container.getEndpoint() + " (started by the workshop)",
                true));
        this.container = container;
    }

    static {
        // Looking for Docker, Testcontainers logs its version and, where there is no Docker, an ERROR
        // that "execution cannot continue", although the workshop goes on and says itself what to do.
        // Keep those quiet (unless configured otherwise); its download progress (images) still shows.
        quiet("org.slf4j.simpleLogger.log.org.testcontainers.dockerclient");
        quiet("org.slf4j.simpleLogger.log.org.testcontainers.DockerClientFactory");
    }

    private static void quiet(String logger) {
        if (System.getProperty(logger) == null) {
            System.setProperty(logger, "off");
        }
    }

    /** ~0.5 s the first time (Testcontainers then caches the answer); false rather than an exception. */
    static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /**
     * Starts the container: the pinned image, which needs no account, or with {@code
     * LOCALSTACK_AUTH_TOKEN} set, the latest image with that token. It says first what it starts and
     * what Docker downloads for it: the first pull takes minutes.
     */
    static LocalStackDynamoDb start(Map<String, String> env) {
        String token = env.getOrDefault("LOCALSTACK_AUTH_TOKEN", "");
        String image = token.isBlank() ? PINNED_IMAGE : LATEST_IMAGE;
        System.err.println(
                token.isBlank()
                        ? "DynamoDB: starting LocalStack in Docker. " + WHAT_IT_DOWNLOADS
                                + "; Docker's download progress follows."
                        : "DynamoDB: LOCALSTACK_AUTH_TOKEN is set, so starting " + LATEST_IMAGE
                                + " in Docker with it (the first time, Docker"
                                + " downloads it: about 2 GB on disk); Docker's download progress follows.");
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(image)).withServices("dynamodb");
        if (!token.isBlank()) {
            container.withEnv("LOCALSTACK_AUTH_TOKEN", token);
        }
        try {
            container.start();
        } catch (RuntimeException e) {
            container.stop();
            throw new BackendUnavailableException(
                    "Docker is running but LocalStack (" + image + ") did not start: " + e.getMessage()
                            + (token.isBlank()
                                    ? ". Can Docker download images here (docker pull " + image + ")?"
                                    : ". Is LOCALSTACK_AUTH_TOKEN a valid token? Unset it to use " + PINNED_IMAGE
                                            + ", which needs none.")
                            + " Or use moto instead: ./workshop prepare offers to install it into .workshop/moto.",
                    e);
        }
        return new LocalStackDynamoDb(container, image);
    }

    /** LocalStack's reset API is not in every edition, so delete the tables: fast enough. */
    @Override
    public void reset() {
        deleteAllTables();
    }

    @Override
    protected void stop() {
        container.stop();
    }
}
