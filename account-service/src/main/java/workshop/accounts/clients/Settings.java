package workshop.accounts.clients;

import java.net.URI;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import momento.sdk.config.Configuration;
import momento.sdk.config.Configurations;

/**
 * Where this execution environment's table and cache are, and how its Momento client is
 * configured. On Lambda every value comes from the function's environment variables (see the
 * step's serverless.yml) and the Momento client gets Momento's configuration for Lambda; locally
 * the workshop fills them in for the backends it started.
 *
 * <p>Momento's {@link Configuration} has no equals of its own, so two Settings are equal only when
 * they share the same configuration object.
 */
public record Settings(
        String tableName,
        String region,
        Optional<URI> dynamoDbEndpoint,
        String cacheName,
        MomentoAccess momento,
        Duration cacheTimeout,
        Configuration cacheConfiguration) {

    public static final String TABLE_NAME = "TABLE_NAME";
    public static final String AWS_REGION = "AWS_REGION";
    /** The AWS SDK's own variable for a DynamoDB endpoint other than AWS's. */
    public static final String DYNAMODB_ENDPOINT = "AWS_ENDPOINT_URL_DYNAMODB";

    public static final String CACHE_NAME = "CACHE_NAME";
    public static final String MOMENTO_API_KEY = "MOMENTO_API_KEY";
    public static final String MOMENTO_API_KEY_SECRET = "MOMENTO_API_KEY_SECRET";
    public static final String MOMENTO_LOCAL_ENDPOINT = "MOMENTO_LOCAL_ENDPOINT";
    public static final String CACHE_TIMEOUT_MILLIS = "CACHE_TIMEOUT_MILLIS";

    /** Every variable {@link #from} reads. */
    public static final List<String> VARIABLES = List.of(
            TABLE_NAME,
            AWS_REGION,
            DYNAMODB_ENDPOINT,
            CACHE_NAME,
            MOMENTO_API_KEY,
            MOMENTO_API_KEY_SECRET,
            MOMENTO_LOCAL_ENDPOINT,
            CACHE_TIMEOUT_MILLIS);

    /** How long a cache call may take before the service gives up on it and uses DynamoDB. */
    public static final Duration DEFAULT_CACHE_TIMEOUT = Duration.ofSeconds(1);

    /** Settings with the Momento client configuration a deployed function uses: Momento's for Lambda. */
    public Settings(
            String tableName,
            String region,
            Optional<URI> dynamoDbEndpoint,
            String cacheName,
            MomentoAccess momento,
            Duration cacheTimeout) {
        this(tableName, region, dynamoDbEndpoint, cacheName, momento, cacheTimeout, Configurations.Lambda.latest());
    }

    /**
     * The function's environment variables, each one replaced by a Java system property of the same
     * name when the JVM has one ({@code -DTABLE_NAME=accounts}).
     *
     * <p>On Lambda no such property is set: the environment is all there is. The properties are how
     * the workshop runs the function locally: its checks and {@code ./workshop run} serve the handler
     * inside their own JVM, whose environment Java cannot change, so they set these properties to
     * name the backends they started. Code that reads its settings here itself (say, a client built
     * per request) then reaches those backends as it would reach the function's own on Lambda. The
     * properties win over the environment, as the AWS SDK's {@code aws.region} wins over
     * {@code AWS_REGION}: an {@code AWS_REGION} exported in a learner's shell must not send such code
     * to another region than the local table's.
     */
    public static Settings fromEnvironment() {
        return from(withSystemProperties(System.getenv(), System.getProperties()));
    }

    /** The environment, with each of {@link #VARIABLES} that is a system property too taken from the property. */
    static Map<String, String> withSystemProperties(Map<String, String> environment, Properties properties) {
        Map<String, String> variables = new HashMap<>(environment);
        for (String name : VARIABLES) {
            String property = properties.getProperty(name);
            if (property != null) {
                variables.put(name, property);
            }
        }
        return variables;
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

    /**
     * These settings as the environment variables {@link #from} reads back: all but the Momento client
     * configuration, which no variable carries ({@link #from} gives Momento's for Lambda).
     */
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
        return new Settings(
                newTableName, region, dynamoDbEndpoint, cacheName, momento, cacheTimeout, cacheConfiguration);
    }

    public Settings withCacheTimeout(Duration newCacheTimeout) {
        return new Settings(
                tableName, region, dynamoDbEndpoint, cacheName, momento, newCacheTimeout, cacheConfiguration);
    }

    public Settings withCache(String newCacheName) {
        return new Settings(
                tableName, region, dynamoDbEndpoint, newCacheName, momento, cacheTimeout, cacheConfiguration);
    }

    /**
     * The same settings with another Momento client configuration (the cache timeout still applies
     * on top of it). The workshop's checks pass theirs this way, through the handler's constructor.
     */
    public Settings withCacheConfiguration(Configuration newCacheConfiguration) {
        return new Settings(
                tableName, region, dynamoDbEndpoint, cacheName, momento, cacheTimeout, newCacheConfiguration);
    }
}
