package workshop.accounts.data;

import static workshop.accounts.data.TableDesign.PARTITION_KEY;
import static workshop.accounts.data.TableDesign.SORT_KEY;

import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;

/**
 * The primary key of each kind of item. Users and organizations are alone in their partition
 * (PK = SK); an organization's memberships share one partition, one item per member.
 *
 * <p>Usernames and slugs are validated before they get here ({@code workshop.accounts.api.Validation}):
 * neither can contain {@code #}, so no name can reach another entity's key.
 */
public final class TableKeys {
    private TableKeys() {}

    // region table-keys
    public static Map<String, AttributeValue> user(String username) {
        return key("USER#" + username, "USER#" + username);
    }

    public static Map<String, AttributeValue> organization(String slug) {
        return key("ORG#" + slug, "ORG#" + slug);
    }

    public static Map<String, AttributeValue> membership(String organization, String username) {
        return key("ORGMEMBERS#" + organization, "MEMBER#" + username);
    }
    // endregion

    private static Map<String, AttributeValue> key(String partitionKey, String sortKey) {
        return Map.of(
                PARTITION_KEY, AttributeValue.fromS(partitionKey),
                SORT_KEY, AttributeValue.fromS(sortKey));
    }
}
