package workshop.accounts.data;

import java.util.HashMap;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;

/** Turns entities into DynamoDB items and back. An item is its key plus the entity's attributes. */
public final class ItemMapper {
    private ItemMapper() {}

    public static Map<String, AttributeValue> toItem(User user) {
        Map<String, AttributeValue> item = new HashMap<>(TableKeys.user(user.username()));
        item.put("username", AttributeValue.fromS(user.username()));
        item.put("firstName", AttributeValue.fromS(user.firstName()));
        item.put("lastName", AttributeValue.fromS(user.lastName()));
        return item;
    }

    public static User toUser(Map<String, AttributeValue> item) {
        return new User(text(item, "username"), text(item, "firstName"), text(item, "lastName"));
    }

    public static Map<String, AttributeValue> toItem(Organization organization) {
        Map<String, AttributeValue> item = new HashMap<>(TableKeys.organization(organization.slug()));
        item.put("slug", AttributeValue.fromS(organization.slug()));
        item.put("organizationName", AttributeValue.fromS(organization.organizationName()));
        item.put("foundingUser", AttributeValue.fromS(organization.foundingUser()));
        return item;
    }

    public static Organization toOrganization(Map<String, AttributeValue> item) {
        return new Organization(text(item, "slug"), text(item, "organizationName"), text(item, "foundingUser"));
    }

    public static Map<String, AttributeValue> toItem(Membership membership) {
        Map<String, AttributeValue> item =
                new HashMap<>(TableKeys.membership(membership.organization(), membership.username()));
        item.put("organization", AttributeValue.fromS(membership.organization()));
        item.put("memberUsername", AttributeValue.fromS(membership.username()));
        item.put("role", AttributeValue.fromS(membership.role().name()));
        return item;
    }

    public static Membership toMembership(Map<String, AttributeValue> item) {
        Role role = Role.named(text(item, "role"))
                .orElseThrow(() -> new IllegalStateException("Unknown role in item " + item.get("PK")));
        return new Membership(text(item, "organization"), text(item, "memberUsername"), role);
    }

    private static String text(Map<String, AttributeValue> item, String attribute) {
        AttributeValue value = item.get(attribute);
        if (value == null || value.s() == null) {
            throw new IllegalStateException("Item " + item.get("PK") + " has no text attribute " + attribute);
        }
        return value.s();
    }
}
