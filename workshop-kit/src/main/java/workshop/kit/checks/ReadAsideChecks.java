package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;

/**
 * Read-aside: the three reads look in the cache first, and what a miss reads from DynamoDB is
 * stored, "not found" included. Items are written behind the cache's back, so the first read of
 * each check is a miss whatever the step does on writes.
 */
public class ReadAsideChecks extends StepChecks {

  @Test
  @DisplayName("A second GET of the same user is answered from the cache, with no DynamoDB read")
  void repeatedUserReadIsAHit() {
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    ApiResponse first = expectStatus(api.getUser("alice"), 200);
    ApiResponse second = expectNoDynamoDbRead(() -> api.getUser("alice"));
    assertThat(second.body()).as("the cached answer").isEqualTo(first.body());
  }

  @Test
  @DisplayName("A second GET of the same organization is answered from the cache, with no DynamoDB read")
  void repeatedOrganizationReadIsAHit() {
    tableBehindTheCache.putNewOrganization(
        new Organization("olivia-org", "Olivia Org", "olivia"), new Membership("olivia-org", "olivia", Role.Owner));
    ApiResponse first = expectStatus(api.getOrganization("olivia-org"), 200);
    ApiResponse second = expectNoDynamoDbRead(() -> api.getOrganization("olivia-org"));
    assertThat(second.body()).as("the cached answer").isEqualTo(first.body());
  }

  @Test
  @DisplayName("A second lookup of the same membership is answered from the cache, with no DynamoDB read")
  void repeatedMembershipReadIsAHit() {
    tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Member));
    ApiResponse first = expectStatus(api.getMembership("olivia-org", "michael"), 200);
    ApiResponse second = expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "michael"));
    assertThat(second.body()).as("the cached answer").isEqualTo(first.body());
  }

  @Test
  @DisplayName("Something that does not exist is cached too: a second lookup answers 404 with no DynamoDB read")
  void notFoundIsCached() {
    expectStatus(api.getUser("nobody"), 404);
    expectStatus(expectNoDynamoDbRead(() -> api.getUser("nobody")), 404);
    expectStatus(api.getOrganization("no-such-org"), 404);
    expectStatus(expectNoDynamoDbRead(() -> api.getOrganization("no-such-org")), 404);
    expectStatus(api.getMembership("olivia-org", "nobody"), 404);
    expectStatus(expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "nobody")), 404);
  }

  @Test
  @DisplayName("Entries are stored under the shared keys USER#<username>, ORG#<slug> and MEMBER#<slug>#<username>")
  void entriesUseTheSharedKeys() {
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    tableBehindTheCache.putNewOrganization(
        new Organization("olivia-org", "Olivia Org", "olivia"), new Membership("olivia-org", "olivia", Role.Owner));
    expectStatus(api.getUser("alice"), 200);
    expectStatus(api.getOrganization("olivia-org"), 200);
    expectStatus(api.getMembership("olivia-org", "olivia"), 200);
    var keys = momento().keys(settings.cacheName());
    assertThat(keys)
        .withFailMessage(
            "After reading user alice, organization olivia-org and olivia's membership the cache holds the keys %s; expected USER#alice, ORG#olivia-org and MEMBER#olivia-org#olivia (see CacheKeys)",
            keys)
        .contains("USER#alice", "ORG#olivia-org", "MEMBER#olivia-org#olivia");
  }

  @Test
  @DisplayName("A cached user comes back with every attribute exactly as stored, any script included")
  void cachedValuesRoundTrip() {
    User zoe = new User("zoe", "Zoë Ødegård-Müller", "李小龍 🐉 \"quoted\" \\ back");
    tableBehindTheCache.putNewUser(zoe);
    ApiResponse fromDynamoDb = expectStatus(api.getUser("zoe"), 200);
    ApiResponse fromCache = expectStatus(expectNoDynamoDbRead(() -> api.getUser("zoe")), 200);
    assertThat(fromCache.field("firstName")).isEqualTo(zoe.firstName());
    assertThat(fromCache.field("lastName")).isEqualTo(zoe.lastName());
    assertThat(fromCache.body()).isEqualTo(fromDynamoDb.body());
  }
}
