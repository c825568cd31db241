package workshop.kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.accounts.cache.CacheValues;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;

/** Items of the table map to the cache key and JSON the service uses for the same entity. */
class TableViewTest {
    @Test
    void eachKindOfItemMapsToItsCacheKey() {
        User user = new User("olivia", "Olivia", "Smith");
        Organization organization = new Organization("acme", "Acme", "olivia");
        Membership membership = new Membership("acme", "bob", Role.Admin);

        assertThat(TableView.entityOf(ItemMapper.toItem(user)))
                .contains(Map.entry("USER#olivia", CacheValues.encode(Optional.of(user))));
        assertThat(TableView.entityOf(ItemMapper.toItem(organization)))
                .contains(Map.entry("ORG#acme", CacheValues.encode(Optional.of(organization))));
        assertThat(TableView.entityOf(ItemMapper.toItem(membership)))
                .contains(Map.entry("MEMBER#acme#bob", CacheValues.encode(Optional.of(membership))));
    }

    @Test
    void anItemThatIsNoEntityIsLeftOut() {
        Map<String, AttributeValue> stray = new HashMap<>();
        stray.put("PK", AttributeValue.fromS("SOMETHING#else"));
        stray.put("SK", AttributeValue.fromS("SOMETHING#else"));
        Map<String, AttributeValue> userWithoutNames = new HashMap<>();
        userWithoutNames.put("PK", AttributeValue.fromS("USER#x"));
        userWithoutNames.put("SK", AttributeValue.fromS("USER#x"));

        assertThat(TableView.entityOf(stray)).isEmpty();
        assertThat(TableView.entityOf(userWithoutNames)).isEmpty();
    }
}
