package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * Only a write DynamoDB accepted may change the cache, and a cache failure after an accepted
 * write must not fail the request. Each check first lets a successful write fill the cache
 * (write-aside), then makes a write fail and compares the whole cache before and after.
 */
public class FailedWriteChecks extends StepChecks {

  @Test
  @DisplayName("A duplicate POST /users answers 409 and does not overwrite the cached original")
  void duplicateUserLeavesTheCache() {
    givenUser("alice", "Alice", "Liddell");
    Map<String, String> before = cacheWrittenBy("POST /users alice", "USER#alice");
    expectStatus(api.createUser("alice", "Mallory", "Impostor"), 409);
    expectCacheUnchanged("the duplicate POST /users alice (409)", before);
    ApiResponse read = expectNoDynamoDbRead(() -> api.getUser("alice"));
    assertThat(read.field("firstName")).isEqualTo("Alice");
  }

  @Test
  @DisplayName("A duplicate POST /organizations answers 409 and leaves the cache as it was")
  void duplicateOrganizationLeavesTheCache() {
    givenUsers("olivia", "bob");
    givenOrganization("olivia", "olivia-org");
    Map<String, String> before = cacheWrittenBy("POST /organizations olivia-org", "ORG#olivia-org");
    expectStatus(api.createOrganization("bob", "olivia-org"), 409);
    assertThat(momento().peek(settings.cacheName(), "MEMBER#olivia-org#bob").orElse("NOT_FOUND"))
        .withFailMessage("bob's failed founding of olivia-org left him cached as a member")
        .isEqualTo("NOT_FOUND");
    assertThat(momento().peek(settings.cacheName(), "ORG#olivia-org")).isEqualTo(java.util.Optional.of(before.get("ORG#olivia-org")));
  }

  @Test
  @DisplayName("A forbidden add (403) and an add of an unknown user (404) leave the cache as it was")
  void refusedAddsLeaveTheCache() {
    givenUsers("olivia", "michael", "nina");
    givenOrganization("olivia", "olivia-org");
    givenMember("olivia", "olivia-org", "michael", "Member");
    cacheWrittenBy("POST /organizations/olivia-org/members michael", "MEMBER#olivia-org#michael");
    expectStatus(api.addMember("michael", "olivia-org", "nina", "Admin"), 403);
    expectStatus(api.addMember("olivia", "olivia-org", "ghost", "Member"), 404);
    assertThat(momento().peek(settings.cacheName(), "MEMBER#olivia-org#nina").orElse("NOT_FOUND"))
        .withFailMessage("The forbidden add of nina left her cached as a member")
        .isEqualTo("NOT_FOUND");
    assertThat(momento().peek(settings.cacheName(), "MEMBER#olivia-org#ghost").orElse("NOT_FOUND"))
        .withFailMessage("The add of a user who does not exist left a cached membership")
        .isEqualTo("NOT_FOUND");
  }

  @Test
  @DisplayName("A PATCH refused for bad input (400) leaves the cache as it was")
  void invalidUpdateLeavesTheCache() {
    givenUser("alice", "Alice", "Liddell");
    Map<String, String> before = cacheWrittenBy("POST /users alice", "USER#alice");
    expectStatus(api.updateUser("alice", "alice", "\u0007bell", null), 400);
    expectCacheUnchanged("the invalid PATCH /users/alice (400)", before);
  }

  @Test
  @DisplayName("A write that DynamoDB fails (503) leaves the cache as it was")
  void dynamoDbFailureLeavesTheCache() {
    givenUser("alice", "Alice", "Liddell");
    Map<String, String> before = cacheWrittenBy("POST /users alice", "USER#alice");
    DynamoDbCalls.failNext("UpdateItem", DynamoDbFaults.EVERY_ATTEMPT, DynamoDbFaults::throttled);
    expectStatus(api.updateUser("alice", "alice", "Alicia", null), 503);
    expectCacheUnchanged("the PATCH /users/alice that DynamoDB refused (503)", before);
    assertThat(expectStatus(api.getUser("alice"), 200).field("firstName")).isEqualTo("Alice");
  }

  @Test
  @DisplayName("When the cache fails after a successful write, the request still succeeds")
  void cacheFailureAfterWriteDoesNotFailTheRequest() {
    momento().faults().fail(Operation.SET);
    ApiResponse created = api.createUser("bob", "Bob", "Builder");
    assertThat(created.status())
        .withFailMessage("DynamoDB accepted bob but the cache failed, and %s: a retry would now get 409", created)
        .isEqualTo(201);
    assertThat(tableBehindTheCache.getUser("bob")).as("bob in DynamoDB").isPresent();
    assertThat(momento().operations())
        .withFailMessage("The cache never saw a SET of USER#bob: POST /users does not write to the cache yet")
        .anyMatch(op -> op.operation() == Operation.SET && op.key().equals("USER#bob") && op.outcome() == Outcome.FAILED);
    momento().faults().clear();
    assertThat(expectStatus(api.getUser("bob"), 200).field("firstName")).isEqualTo("Bob");
  }

  /** The cache as the write left it; fails unless the write put {@code key} there. */
  private Map<String, String> cacheWrittenBy(String write, String key) {
    Map<String, String> cache = cacheContents();
    assertThat(cache)
        .withFailMessage("After %s there is no %s in the cache: writes do not put their new state into the cache yet, so there is nothing for a failed write to leave alone", write, key)
        .containsKey(key);
    return cache;
  }

  private void expectCacheUnchanged(String write, Map<String, String> before) {
    Map<String, String> after = cacheContents();
    after.keySet().retainAll(before.keySet());
    assertThat(after).withFailMessage("After %s the cache changed from %s to %s", write, before, after).isEqualTo(before);
  }

  private Map<String, String> cacheContents() {
    Map<String, String> contents = new TreeMap<>();
    for (String key : momento().keys(settings.cacheName())) {
      momento().peek(settings.cacheName(), key).ifPresent(value -> contents.put(key, value));
    }
    return contents;
  }
}
