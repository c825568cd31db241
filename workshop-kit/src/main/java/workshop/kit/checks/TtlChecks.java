package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;

/**
 * How long cached reads live: exactly the step's TTL. Time moves by advancing the local Momento
 * server's clock, never by sleeping.
 */
public class TtlChecks extends StepChecks {

  @Test
  @DisplayName("Every read stores its entry, \"not found\" included, with this step's TTL")
  void readsStoreWithTheStepsTtl() {
    momento();
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    tableBehindTheCache.putNewOrganization(
        new Organization("olivia-org", "Olivia Org", "olivia"), new Membership("olivia-org", "olivia", Role.Owner));
    expectStatus(api.getUser("alice"), 200);
    expectStatus(api.getOrganization("olivia-org"), 200);
    expectStatus(api.getMembership("olivia-org", "olivia"), 200);
    expectStatus(api.getUser("nobody"), 404);
    expectTtl("GET /users/alice", "USER#alice");
    expectTtl("GET /organizations/olivia-org", "ORG#olivia-org");
    expectTtl("GET /organizations/olivia-org/members/olivia", "MEMBER#olivia-org#olivia");
    expectTtl("GET /users/nobody (not found)", "USER#nobody");
  }

  @Test
  @DisplayName("A cached entry is served until its TTL ends, and read from DynamoDB again after")
  void entriesExpireAfterTheTtl() {
    momento();
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    expectStatus(api.getUser("alice"), 200);
    momento().clock().advance(stepTtl().minusSeconds(1));
    expectNoDynamoDbRead(() -> api.getUser("alice"));
    momento().clock().advance(Duration.ofSeconds(2));
    expectDynamoDbReads(1, (stepTtl().toSeconds() + 1) + " s after it was cached, the entry has expired", () -> api.getUser("alice"));
  }

  @Test
  @DisplayName("A change made behind the cache's back is served stale until the TTL ends, then fresh")
  void stalenessIsBoundedByTheTtl() {
    momento();
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    expectStatus(api.getUser("alice"), 200);
    tableBehindTheCache.updateUserNames("alice", new NameChange(Optional.of("Alicia"), Optional.empty()));

    momento().clock().advance(stepTtl().minusSeconds(1));
    ApiResponse beforeExpiry = expectNoDynamoDbRead(() -> api.getUser("alice"));
    assertThat(beforeExpiry.field("firstName"))
        .withFailMessage(
            "%s s after caching, a change written straight to DynamoDB should still be hidden by the cached entry, but %s",
            stepTtl().toSeconds() - 1, beforeExpiry)
        .isEqualTo("Alice");

    momento().clock().advance(Duration.ofSeconds(2));
    ApiResponse afterExpiry = expectStatus(api.getUser("alice"), 200);
    assertThat(afterExpiry.field("firstName"))
        .withFailMessage("Once the %s s TTL is over the change must show, but %s", stepTtl().toSeconds(), afterExpiry)
        .isEqualTo("Alicia");
  }

  private void expectTtl(String request, String key) {
    Optional<Duration> remaining = momento().remainingTtl(settings.cacheName(), key);
    assertThat(remaining).withFailMessage("After %s there is no %s in the cache", request, key).isPresent();
    assertThat(remaining.get().toSeconds())
        .withFailMessage(
            "%s stored %s with a TTL of %s s; this step caches for %s s", request, key, remaining.get().toSeconds(), stepTtl().toSeconds())
        .isEqualTo(stepTtl().toSeconds());
  }
}
