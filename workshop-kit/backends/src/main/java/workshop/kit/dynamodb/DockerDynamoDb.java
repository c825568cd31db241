package workshop.kit.dynamodb;

import java.util.Map;

/**
 * A DynamoDB-compatible server in Docker: the resolver's fallback when moto is not installed. It
 * lives in its own module (workshop-localstack, LocalStack through Testcontainers), so the
 * libraries it needs are on no one's classpath until a machine without moto asks for Docker; see
 * {@link DockerBackends}.
 */
public interface DockerDynamoDb {
  /** Whether a Docker engine answers here (false rather than an exception). */
  boolean dockerAvailable();

  /** Starts the server and returns it ready to use; a {@link BackendUnavailableException} saying why when it cannot. */
  RunningDynamoDb start(Map<String, String> env);
}
