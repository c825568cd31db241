package workshop.kit.compare.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;
import software.amazon.awssdk.services.dynamodb.model.WriteRequest;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountTable;
import workshop.kit.backends.LocalBackends;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * The table of one run: created empty (a table left by an earlier run in this JVM is dropped
 * first), measured after the workload, and dropped when the run is done, so a long sweep does not
 * pile tables up in the local DynamoDB. Its own calls go through a client that is not counted, and
 * so do the foreign writes made through {@link #behindTheServicesBack()}.
 */
final class RunTable implements AutoCloseable {
    private static final int BATCH = 25;

    private final DynamoDbClient client;
    private final String name;

    RunTable(LocalBackends backends, Settings settings) {
        this.client =
                DynamoDbCalls.notCounted(Clients.dynamoDbBuilder(settings)).build();
        this.name = settings.tableName();
        drop();
        backends.dynamoDb().createTable(name);
    }

    /** Writes the items, 25 to a BatchWriteItem (DynamoDB's limit), retrying what it leaves unprocessed. */
    void putAll(List<Map<String, AttributeValue>> items) {
        for (int from = 0; from < items.size(); from += BATCH) {
            List<WriteRequest> batch = new ArrayList<>();
            for (Map<String, AttributeValue> item : items.subList(from, Math.min(items.size(), from + BATCH))) {
                batch.add(
                        WriteRequest.builder().putRequest(put -> put.item(item)).build());
            }
            Map<String, List<WriteRequest>> pending = Map.of(name, batch);
            while (!pending.isEmpty()) {
                Map<String, List<WriteRequest>> request = pending;
                pending = client.batchWriteItem(write -> write.requestItems(request))
                        .unprocessedItems();
            }
        }
    }

    /**
     * The table as the account service's data layer reaches it, but through this run's uncounted
     * client: for writes another service makes, which are not this service's DynamoDB calls.
     */
    AccountTable behindTheServicesBack() {
        return new AccountTable(client, name);
    }

    /** The largest item, by DynamoDB's item-size rules: what a call's request units depend on. */
    long largestItemBytes() {
        long largest = 0;
        for (Map<String, AttributeValue> item :
                client.scanPaginator(scan -> scan.tableName(name)).items()) {
            largest = Math.max(largest, ItemSizes.sizeOf(item));
        }
        return largest;
    }

    @Override
    public void close() {
        try {
            drop();
        } finally {
            client.close();
        }
    }

    private void drop() {
        try {
            client.deleteTable(request -> request.tableName(name));
            client.waiter().waitUntilTableNotExists(request -> request.tableName(name));
        } catch (ResourceNotFoundException notThere) {
            // nothing to drop
        }
    }
}
