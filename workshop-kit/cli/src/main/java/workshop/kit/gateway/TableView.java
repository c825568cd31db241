package workshop.kit.gateway;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.accounts.cache.CacheKeys;
import workshop.accounts.cache.CacheValues;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.data.TableDesign;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * The account table as the inspector shows it: each user, organization and membership under the
 * cache key the service uses for it, as the JSON a fresh cache entry would hold.
 *
 * <p>It reads through its own client, built with {@link DynamoDbCalls#notCounted}, so the
 * inspector's reads never show up as the learner's DynamoDB calls.
 */
public final class TableView implements AutoCloseable {
    private final DynamoDbClient dynamoDb;
    private final String tableName;

    TableView(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** A view of the table the settings name, reached by an uncounted client; close it when done. */
    public static TableView open(Settings settings) {
        return new TableView(
                DynamoDbCalls.notCounted(Clients.dynamoDbBuilder(settings)).build(), settings.tableName());
    }

    public String tableName() {
        return tableName;
    }

    /** Every entity in the table: cache key to entity JSON, in the table's order. */
    Map<String, String> entitiesByCacheKey() {
        Map<String, String> entities = new LinkedHashMap<>();
        dynamoDb.scanPaginator(request -> request.tableName(tableName).consistentRead(true))
                .items()
                .forEach(item -> entityOf(item).ifPresent(entity -> entities.put(entity.getKey(), entity.getValue())));
        return entities;
    }

    /**
     * The cache key and JSON of the entity an item holds; empty for an item that is none of the three
     * (nothing the service writes, but a learner may put anything into a local table).
     */
    static Optional<Map.Entry<String, String>> entityOf(Map<String, AttributeValue> item) {
        String partition = text(item, TableDesign.PARTITION_KEY);
        String sort = text(item, TableDesign.SORT_KEY);
        try {
            if (partition.startsWith("USER#") && partition.equals(sort)) {
                var user = ItemMapper.toUser(item);
                return Optional.of(Map.entry(CacheKeys.user(user.username()), CacheValues.encode(Optional.of(user))));
            }
            if (partition.startsWith("ORG#") && partition.equals(sort)) {
                var organization = ItemMapper.toOrganization(item);
                return Optional.of(Map.entry(
                        CacheKeys.organization(organization.slug()), CacheValues.encode(Optional.of(organization))));
            }
            if (partition.startsWith("ORGMEMBERS#") && sort.startsWith("MEMBER#")) {
                var membership = ItemMapper.toMembership(item);
                return Optional.of(Map.entry(
                        CacheKeys.membership(membership.organization(), membership.username()),
                        CacheValues.encode(Optional.of(membership))));
            }
        } catch (IllegalStateException e) {
            // An item with the right key but missing attributes: not an entity the service could read either.
        }
        return Optional.empty();
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        return value == null || value.s() == null ? "" : value.s();
    }

    @Override
    public void close() {
        dynamoDb.close();
    }
}
