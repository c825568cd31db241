package workshop.accounts.clients;

import java.net.URI;
import java.time.Duration;
import momento.sdk.CacheClient;
import momento.sdk.auth.CredentialProvider;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configuration;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.retries.api.BackoffStrategy;
import software.amazon.awssdk.retries.api.RetryStrategy;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.secretsmanager.SecretsManagerClient;

/**
 * Builds the DynamoDB and Momento clients. A handler calls these once, when Lambda creates its
 * execution environment, and keeps the clients for every invocation that environment serves:
 * connections and credentials are set up once instead of on every request.
 */
public final class Clients {
    /**
     * The TTL of a cache call that names none. The repositories always name theirs (their
     * CACHE_TTL); this default is deliberately unlike any step's TTL (60 s, 1800 s), so that a set
     * which forgets its TTL shows up in the checks instead of passing by coincidence.
     */
    public static final Duration DEFAULT_TTL = Duration.ofSeconds(5);

    /**
     * A caller is waiting on every request, so DynamoDB throttling or errors get three quick tries
     * (the SDK's default for DynamoDB is nine, with backoffs up to seconds), then the service answers
     * 503 with Retry-After and lets the caller decide.
     */
    private static final RetryStrategy FAIL_FAST = AwsRetryStrategy.standardRetryStrategy().toBuilder()
            .maxAttempts(3)
            .backoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(10), Duration.ofMillis(200)))
            .throttlingBackoffStrategy(BackoffStrategy.exponentialDelay(Duration.ofMillis(25), Duration.ofMillis(200)))
            .build();

    private Clients() {}

    public static DynamoDbClient dynamoDb(Settings settings) {
        return dynamoDbBuilder(settings).build();
    }

    /** The DynamoDB client's builder, set up for these settings, for callers that add to it. */
    public static DynamoDbClientBuilder dynamoDbBuilder(Settings settings) {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .region(Region.of(settings.region()))
                // The JDK's own HTTP client: nothing extra to load, so cold starts stay short.
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .overrideConfiguration(override -> override.retryStrategy(FAIL_FAST));
        settings.dynamoDbEndpoint().ifPresent(endpoint -> useLocalEndpoint(builder, endpoint));
        return builder;
    }

    /**
     * The Momento client, configured as the settings say (Momento's configuration for Lambda, unless
     * whoever made the settings chose another) with the settings' deadline on every call; the API key
     * is read here, once per execution environment.
     */
    public static CacheClient momento(Settings settings) {
        Configuration configuration = settings.cacheConfiguration().withTimeout(settings.cacheTimeout());
        return CacheClient.create(credentials(settings.momento(), settings), configuration, DEFAULT_TTL);
    }

    // region momento-credentials
    private static CredentialProvider credentials(MomentoAccess access, Settings settings) {
        if (access instanceof MomentoAccess.ApiKey key) {
            return CredentialProvider.fromString(key.apiKey());
        }
        if (access instanceof MomentoAccess.SecretsManagerSecret secret) {
            return CredentialProvider.fromString(readSecret(secret.secretId(), settings.region()));
        }
        if (access instanceof MomentoAccess.LocalServer local) {
            return new MomentoLocalProvider(local.host(), local.port());
        }
        throw new IllegalStateException(
                "No Momento settings: set MOMENTO_API_KEY, MOMENTO_API_KEY_SECRET or MOMENTO_LOCAL_ENDPOINT.");
    }

    private static String readSecret(String secretId, String region) {
        try (SecretsManagerClient secrets = SecretsManagerClient.builder()
                .region(Region.of(region))
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .build()) {
            return secrets.getSecretValue(request -> request.secretId(secretId))
                    .secretString()
                    .trim();
        }
    }
    // endregion

    private static void useLocalEndpoint(DynamoDbClientBuilder builder, URI endpoint) {
        builder.endpointOverride(endpoint);
        if (isLoopback(endpoint) && System.getenv("AWS_ACCESS_KEY_ID") == null) {
            // Local DynamoDB servers accept any credentials but the SDK still signs every request.
            builder.credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("local", "local")));
        } else {
            builder.credentialsProvider(DefaultCredentialsProvider.builder().build());
        }
    }

    private static boolean isLoopback(URI endpoint) {
        String host = endpoint.getHost();
        return "localhost".equals(host) || (host != null && host.startsWith("127."));
    }
}
