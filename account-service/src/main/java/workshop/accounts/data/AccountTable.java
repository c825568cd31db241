package workshop.accounts.data;

import static workshop.accounts.data.TableDesign.PARTITION_KEY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.ConditionalCheckFailedException;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;
import software.amazon.awssdk.services.dynamodb.model.Put;
import software.amazon.awssdk.services.dynamodb.model.ReturnValue;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactionCanceledException;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;

/**
 * The account service's DynamoDB table: one call per method, no caching. Every step's
 * {@code AccountRepository} uses it for the DynamoDB side of its work.
 *
 * <p>Reads are strongly consistent, so DynamoDB is always the truth the cache is measured against:
 * any staleness a learner sees comes from the cache, not from an eventually consistent read.
 */
public final class AccountTable {
    private static final String ITEM_IS_NEW = "attribute_not_exists(" + PARTITION_KEY + ")";
    private static final String ITEM_EXISTS = "attribute_exists(" + PARTITION_KEY + ")";

    private final DynamoDbClient dynamoDb;
    private final String tableName;

    public AccountTable(DynamoDbClient dynamoDb, String tableName) {
        this.dynamoDb = dynamoDb;
        this.tableName = tableName;
    }

    /** One GetItem by primary key: the item, or empty when there is none. */
    public Optional<Map<String, AttributeValue>> findItem(Map<String, AttributeValue> key) {
        GetItemResponse response = dynamoDb.getItem(
                request -> request.tableName(tableName).key(key).consistentRead(true));
        return response.hasItem() ? Optional.of(response.item()) : Optional.empty();
    }

    public Optional<User> getUser(String username) {
        return findItem(TableKeys.user(username)).map(ItemMapper::toUser);
    }

    public Optional<Organization> getOrganization(String slug) {
        return findItem(TableKeys.organization(slug)).map(ItemMapper::toOrganization);
    }

    public Optional<Membership> getMembership(String organization, String username) {
        return findItem(TableKeys.membership(organization, username)).map(ItemMapper::toMembership);
    }

    public void putNewUser(User user) {
        putNew(ItemMapper.toItem(user), "User " + user.username() + " already exists.");
    }

    /** Sets only the names the change holds, so a partial update never writes back an old value. */
    public User updateUserNames(String username, NameChange change) {
        List<String> assignments = new ArrayList<>();
        Map<String, AttributeValue> values = new HashMap<>();
        change.firstName().ifPresent(first -> {
            assignments.add("firstName = :first");
            values.put(":first", AttributeValue.fromS(first));
        });
        change.lastName().ifPresent(last -> {
            assignments.add("lastName = :last");
            values.put(":last", AttributeValue.fromS(last));
        });
        try {
            String update = "SET " + String.join(", ", assignments);
            return ItemMapper.toUser(updateExisting(TableKeys.user(username), update, Map.of(), values));
        } catch (ConditionalCheckFailedException e) {
            throw new DoesNotExistException("User " + username + " does not exist.");
        }
    }

    /** Writes the organization and its founder's membership in one transaction: both or neither. */
    public void putNewOrganization(Organization organization, Membership founder) {
        try {
            dynamoDb.transactWriteItems(request -> request.transactItems(
                    newItem(ItemMapper.toItem(organization)), newItem(ItemMapper.toItem(founder))));
        } catch (TransactionCanceledException e) {
            boolean conditionFailed =
                    e.cancellationReasons().stream().anyMatch(reason -> "ConditionalCheckFailed".equals(reason.code()));
            if (conditionFailed) {
                throw new AlreadyExistsException(
                        "Organization " + organization.organizationName() + " already exists.");
            }
            throw e;
        }
    }

    public void putNewMembership(Membership membership) {
        putNew(
                ItemMapper.toItem(membership),
                membership.username() + " is already a member of " + membership.organization() + ".");
    }

    public Membership updateRole(Membership membership) {
        try {
            Map<String, AttributeValue> updated = updateExisting(
                    TableKeys.membership(membership.organization(), membership.username()),
                    "SET #role = :role",
                    Map.of("#role", "role"), // ROLE is one of DynamoDB's reserved words
                    Map.of(":role", AttributeValue.fromS(membership.role().name())));
            return ItemMapper.toMembership(updated);
        } catch (ConditionalCheckFailedException e) {
            throw notAMember(membership.organization(), membership.username());
        }
    }

    public void deleteMembership(String organization, String username) {
        try {
            dynamoDb.deleteItem(request -> request.tableName(tableName)
                    .key(TableKeys.membership(organization, username))
                    .conditionExpression(ITEM_EXISTS));
        } catch (ConditionalCheckFailedException e) {
            throw notAMember(organization, username);
        }
    }

    private void putNew(Map<String, AttributeValue> item, String alreadyExistsMessage) {
        try {
            dynamoDb.putItem(request -> request.tableName(tableName).item(item).conditionExpression(ITEM_IS_NEW));
        } catch (ConditionalCheckFailedException e) {
            throw new AlreadyExistsException(alreadyExistsMessage);
        }
    }

    /**
     * One UpdateItem of an item that must exist (else ConditionalCheckFailedException); returns the
     * item as it is after the update.
     */
    private Map<String, AttributeValue> updateExisting(
            Map<String, AttributeValue> key,
            String updateExpression,
            Map<String, String> names,
            Map<String, AttributeValue> values) {
        return dynamoDb.updateItem(request -> {
                    request.tableName(tableName)
                            .key(key)
                            .updateExpression(updateExpression)
                            .conditionExpression(ITEM_EXISTS)
                            .expressionAttributeValues(values)
                            .returnValues(ReturnValue.ALL_NEW);
                    if (!names.isEmpty()) {
                        request.expressionAttributeNames(names); // DynamoDB refuses an empty map
                    }
                })
                .attributes();
    }

    private TransactWriteItem newItem(Map<String, AttributeValue> item) {
        Put put = Put.builder()
                .tableName(tableName)
                .item(item)
                .conditionExpression(ITEM_IS_NEW)
                .build();
        return TransactWriteItem.builder().put(put).build();
    }

    private static DoesNotExistException notAMember(String organization, String username) {
        return new DoesNotExistException(username + " is not a member of " + organization + ".");
    }
}
