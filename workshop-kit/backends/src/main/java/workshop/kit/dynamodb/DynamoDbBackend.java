package workshop.kit.dynamodb;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;
import software.amazon.awssdk.services.dynamodb.model.CreateTableResponse;
import software.amazon.awssdk.services.dynamodb.model.ResourceInUseException;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.TableStatus;
import workshop.accounts.data.TableDesign;

/**
 * What every backend does the same way: build clients, create the table, delete all tables. The
 * subclasses only say how to reset and what to stop.
 *
 * <p>The kit's own calls (creating and deleting tables) go through an "admin" client marked {@link
 * DynamoDbCalls#NOT_COUNTED}, so they never show up in the app's call counts.
 */
public abstract class DynamoDbBackend implements RunningDynamoDb {
    private final DynamoDbEndpoint endpoint;
    private DynamoDbClient admin; // created on first use, closed by close()

    protected DynamoDbBackend(DynamoDbEndpoint endpoint) {
        this.endpoint = endpoint;
    }

    /** Stops what this backend started, if anything. */
    protected abstract void stop();

    @Override
    public final DynamoDbEndpoint endpoint() {
        return endpoint;
    }

    @Override
    public final DynamoDbClient newClient() {
        return builder().build();
    }

    @Override
    public final void createTable(String tableName) {
        DynamoDbClient client = admin();
        try {
            CreateTableResponse created = client.createTable(TableDesign.createTableRequest(tableName));
            if (created.tableDescription().tableStatus() == TableStatus.ACTIVE) {
                return; // moto creates tables ACTIVE at once: no need to ask again (every check creates one)
            }
        } catch (ResourceInUseException alreadyThere) {
            // Idempotent on purpose: the table may have been created by an earlier run or test.
        }
        // Real DynamoDB and LocalStack take a moment.
        client.waiter().waitUntilTableExists(request -> request.tableName(tableName));
    }

    @Override
    public final void close() {
        synchronized (this) {
            if (admin != null) {
                admin.close();
                admin = null;
            }
        }
        stop();
    }

    /** Deletes every table this endpoint lists and waits until they are gone. */
    protected final void deleteAllTables() {
        DynamoDbClient client = admin();
        for (String table : client.listTablesPaginator().tableNames()) {
            try {
                client.deleteTable(request -> request.tableName(table));
            } catch (ResourceNotFoundException alreadyGone) {
                continue;
            }
            client.waiter().waitUntilTableNotExists(request -> request.tableName(table));
        }
    }

    final synchronized DynamoDbClient admin() {
        if (admin == null) {
            admin = DynamoDbCalls.notCounted(builder()).build();
        }
        return admin;
    }

    /**
     * Like the deployed app: the JDK's HTTP stack (url-connection-client). Local backends need an
     * endpoint override and some credentials (any will do; "test"/"test" is the convention, and gives
     * LocalStack's default account); real AWS uses the SDK's default credential chain and endpoint.
     */
    private DynamoDbClientBuilder builder() {
        DynamoDbClientBuilder builder = DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(endpoint.region()));
        if (endpoint.local()) {
            builder.endpointOverride(endpoint.uri())
                    .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
        }
        return builder;
    }
}
