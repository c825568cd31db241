package workshop.verification.robustness;

import java.util.Map;
import java.util.TreeMap;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ScanRequest;
import workshop.accounts.data.TableDesign;

/** Every item of the table, by "PK|SK", read with a full (paginated, consistent) scan. */
public final class TableContents {
    private TableContents() {}

    public static Map<String, Map<String, AttributeValue>> scan(DynamoDbClient dynamoDb, String tableName) {
        Map<String, Map<String, AttributeValue>> items = new TreeMap<>();
        dynamoDb.scanPaginator(ScanRequest.builder()
                        .tableName(tableName)
                        .consistentRead(true)
                        .build())
                .items()
                .forEach(item -> items.put(
                        item.get(TableDesign.PARTITION_KEY).s() + "|"
                                + item.get(TableDesign.SORT_KEY).s(),
                        item));
        return items;
    }
}
