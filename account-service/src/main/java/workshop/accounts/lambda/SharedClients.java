package workshop.accounts.lambda;

import momento.sdk.CacheClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountTable;

/**
 * The clients of one Lambda execution environment. Each is built the first time a step asks for it
 * (step 1 never asks for the cache, so it never connects to one) and then kept for every invocation
 * the environment serves.
 */
public final class SharedClients implements AutoCloseable {
    private final Settings settings;
    private DynamoDbClient dynamoDb;
    private CacheClient cache;

    SharedClients(Settings settings) {
        this.settings = settings;
    }

    /** The account table, on this environment's one DynamoDB client. */
    public AccountTable table() {
        if (dynamoDb == null) {
            dynamoDb = Clients.dynamoDb(settings);
        }
        return new AccountTable(dynamoDb, settings.tableName());
    }

    /** This environment's one Momento client; creating it reads the API key. */
    public CacheClient cache() {
        if (cache == null) {
            cache = Clients.momento(settings);
        }
        return cache;
    }

    /** The cache every call names (Momento's {@code CACHE_NAME} setting). */
    public String cacheName() {
        return settings.cacheName();
    }

    @Override
    public void close() {
        if (cache != null) {
            cache.close();
        }
        if (dynamoDb != null) {
            dynamoDb.close();
        }
    }
}
