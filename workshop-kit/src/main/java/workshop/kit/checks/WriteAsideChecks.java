package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Write-aside: every successful write puts the new state into the cache, under the key the reads
 * use, with the step's TTL; the read that follows is a fresh hit with no DynamoDB read.
 */
public class WriteAsideChecks extends StepChecks {

  @Test
  @DisplayName("POST /users caches the new user: the next GET is a hit with no DynamoDB read")
  void createUserIsCached() {
    givenUser("alice", "Alice", "Liddell");
    expectCached("POST /users alice", "USER#alice", "\"firstName\":\"Alice\"");
    ApiResponse read = expectNoDynamoDbRead(() -> api.getUser("alice"));
    assertThat(read.field("lastName")).isEqualTo("Liddell");
  }

  @Test
  @DisplayName("PATCH /users/{username} refreshes the cached user: a GET right after shows the new names")
  void updateUserRefreshesTheCache() {
    givenUser("alice", "Alice", "Liddell");
    expectStatus(api.getUser("alice"), 200);
    expectStatus(api.updateUser("alice", "alice", "Alicia", null), 200);
    expectCached("PATCH /users/alice", "USER#alice", "\"firstName\":\"Alicia\"");
    ApiResponse read = expectNoDynamoDbRead(() -> api.getUser("alice"));
    assertThat(read.field("firstName")).withFailMessage("Right after the PATCH, %s", read).isEqualTo("Alicia");
    assertThat(read.field("lastName")).isEqualTo("Liddell");
  }

  @Test
  @DisplayName("POST /organizations caches the organization and the founder's Owner membership")
  void createOrganizationIsCached() {
    givenUser("olivia", "Olivia", "Smith");
    givenOrganization("olivia", "Olivia Org");
    expectCached("POST /organizations Olivia Org", "ORG#olivia-org", "\"foundingUser\":\"olivia\"");
    expectCached("POST /organizations Olivia Org", "MEMBER#olivia-org#olivia", "\"role\":\"Owner\"");
    expectNoDynamoDbRead(() -> api.getOrganization("olivia-org"));
    ApiResponse founder = expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "olivia"));
    assertThat(founder.field("role")).isEqualTo("Owner");
  }

  @Test
  @DisplayName("Adding a member caches the membership: a lookup right after is a hit")
  void addMemberIsCached() {
    givenUsers("olivia", "michael");
    givenOrganization("olivia", "olivia-org");
    givenMember("olivia", "olivia-org", "michael", "Member");
    expectCached("POST /organizations/olivia-org/members michael", "MEMBER#olivia-org#michael", "\"role\":\"Member\"");
    ApiResponse read = expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "michael"));
    assertThat(read.field("role")).isEqualTo("Member");
  }

  @Test
  @DisplayName("Changing a role refreshes the cached membership: a lookup right after shows the new role")
  void changeRoleRefreshesTheCache() {
    givenUsers("olivia", "michael");
    givenOrganization("olivia", "olivia-org");
    givenMember("olivia", "olivia-org", "michael", "Member");
    expectStatus(api.getMembership("olivia-org", "michael"), 200);
    expectStatus(api.changeRole("olivia", "olivia-org", "michael", "Admin"), 200);
    expectCached("PATCH /organizations/olivia-org/members/michael", "MEMBER#olivia-org#michael", "\"role\":\"Admin\"");
    ApiResponse read = expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "michael"));
    assertThat(read.field("role")).withFailMessage("Right after the role change, %s", read).isEqualTo("Admin");
  }

  /** The write left this value under this key, with the step's TTL. */
  private void expectCached(String write, String key, String expectedJsonPart) {
    Optional<String> value = momento().peek(settings.cacheName(), key);
    assertThat(value)
        .withFailMessage("After %s there is no %s in the cache: the write did not put the new state into the cache", write, key)
        .isPresent();
    assertThat(value.get())
        .withFailMessage("After %s the cache holds %s = %s; expected it to contain %s", write, key, value.get(), expectedJsonPart)
        .contains(expectedJsonPart);
    long seconds = momento().remainingTtl(settings.cacheName(), key).orElseThrow().toSeconds();
    assertThat(seconds)
        .withFailMessage("%s stored %s with a TTL of %s s; this step caches for %s s", write, key, seconds, stepTtl().toSeconds())
        .isEqualTo(stepTtl().toSeconds());
  }
}
