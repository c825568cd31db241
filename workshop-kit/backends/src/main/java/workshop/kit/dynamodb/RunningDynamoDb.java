package workshop.kit.dynamodb;

import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * A DynamoDB-compatible backend that is ready to use. Get one from {@link DynamoDbBackends#start()}
 * and close it when done (try-with-resources): whatever the workshop started is then stopped.
 */
public interface RunningDynamoDb extends AutoCloseable {

    /** Where the backend is and where it came from. */
    DynamoDbEndpoint endpoint();

    /**
     * A new client for this backend, over the JDK's HTTP stack (like the deployed app). Local
     * backends get the endpoint override and dummy credentials; real AWS gets the SDK's default
     * credential chain. The caller closes the client.
     */
    DynamoDbClient newClient();

    /**
     * Wipes all state, tables included (call {@link #createTable} again afterwards). Refused on real
     * AWS, where it would delete somebody's data.
     */
    void reset();

    /** Creates the account service's table ({@code TableDesign}) and waits until it exists; a no-op if it already does. */
    void createTable(String tableName);

    /** Stops what the workshop started; leaves alone endpoints it did not start. */
    @Override
    void close();
}
