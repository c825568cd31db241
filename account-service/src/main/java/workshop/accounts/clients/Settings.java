package workshop.accounts.clients;

import java.net.URI;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Where this execution environment's table and cache are. On Lambda every value comes from the
 * function's environment variables (see the step's serverless.yml); locally the workshop fills
 * them in for the backends it started.
 */
public record Settings(
    String tableName,
    String region,
    Optional<URI> dynamoDbEndpoint,
    String cacheName,
    MomentoAccess momento,
    Duration cacheTimeout) {

  public static final String TABLE_NAME = "TABLE_NAME";
  public static final String AWS_REGION = "AWS_REGION";
  /** The AWS SDK's own variable for a DynamoDB endpoint other than AWS's. */
  public static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";
  public static final String CACHE_NAME = "CACHE_NAME";
  public static final String MOMENTO_API_KEY = "MOMENTO_API_KEY";
  public static final String MOMENTO_API_KEY_SECRET = "MOMENTO_API_KEY_SECRET";
  public static final String MOMENTO_LOCAL_ENDPOINT = "MOMENTO_LOCAL_ENDPOINT";
  public static final String CACHE_TIMEOUT_MILLIS = "CACHE_TIMEOUT_MILLIS";

  /** How long a cache call may take before the service gives up on it and uses DynamoDB. */
  public static final Duration DEFAULT_CACHE_TIMEOUT = Duration.ofSeconds(1);

  /** The function's environment variables (locally, as the workshop's tools set them up: {@link LocalEnvironment}). */
  public static Settings fromEnvironment() {
    return from(LocalEnvironment.overProcessEnvironment());
  }

  public static Settings from(Map<String, String> environment) {
    return new Settings(
        environment.getOrDefault(TABLE_NAME, "accounts"),
        environment.getOrDefault(AWS_REGION, "us-east-1"),
        Optional.ofNullable(environment.get(DYNAMODB_ENDPOINT)).map(URI::create),
        environment.getOrDefault(CACHE_NAME, "accounts"),
        momentoAccess(environment),
        Optional.ofNullable(environment.get(CACHE_TIMEOUT_MILLIS))
            .map(millis -> Duration.ofMillis(Long.parseLong(millis)))
            .orElse(DEFAULT_CACHE_TIMEOUT));
  }

  private static MomentoAccess momentoAccess(Map<String, String> environment) {
    if (environment.containsKey(MOMENTO_API_KEY)) {
      return new MomentoAccess.ApiKey(environment.get(MOMENTO_API_KEY));
    }
    if (environment.containsKey(MOMENTO_API_KEY_SECRET)) {
      return new MomentoAccess.SecretsManagerSecret(environment.get(MOMENTO_API_KEY_SECRET));
    }
    if (environment.containsKey(MOMENTO_LOCAL_ENDPOINT)) {
      String[] hostAndPort = environment.get(MOMENTO_LOCAL_ENDPOINT).split(":", 2);
      return new MomentoAccess.LocalServer(hostAndPort[0], Integer.parseInt(hostAndPort[1]));
    }
    return new MomentoAccess.None();
  }

  /** These settings as the environment variables {@link #from} reads back. */
  public Map<String, String> asEnvironment() {
    Map<String, String> environment = new LinkedHashMap<>();
    environment.put(TABLE_NAME, tableName);
    environment.put(AWS_REGION, region);
    dynamoDbEndpoint.ifPresent(endpoint -> environment.put(DYNAMODB_ENDPOINT, endpoint.toString()));
    environment.put(CACHE_NAME, cacheName);
    if (momento instanceof MomentoAccess.ApiKey key) {
      environment.put(MOMENTO_API_KEY, key.apiKey());
    } else if (momento instanceof MomentoAccess.SecretsManagerSecret secret) {
      environment.put(MOMENTO_API_KEY_SECRET, secret.secretId());
    } else if (momento instanceof MomentoAccess.LocalServer local) {
      environment.put(MOMENTO_LOCAL_ENDPOINT, local.host() + ":" + local.port());
    }
    environment.put(CACHE_TIMEOUT_MILLIS, Long.toString(cacheTimeout.toMillis()));
    return environment;
  }

  public Settings withTable(String newTableName) {
    return new Settings(newTableName, region, dynamoDbEndpoint, cacheName, momento, cacheTimeout);
  }

  public Settings withCacheTimeout(Duration newCacheTimeout) {
    return new Settings(tableName, region, dynamoDbEndpoint, cacheName, momento, newCacheTimeout);
  }

  public Settings withCache(String newCacheName) {
    return new Settings(tableName, region, dynamoDbEndpoint, newCacheName, momento, cacheTimeout);
  }
}
