package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * A cache is an optimisation: when it fails or is slow, reads fall back to DynamoDB and give the
 * same answers. Each check also asks the server's log whether the cache was tried at all, so doing
 * nothing with the cache does not pass.
 */
public class CacheOutageChecks extends StepChecks {

  @Test
  @DisplayName("When cache reads fail, GETs fall back to DynamoDB and answer exactly as without a cache")
  void failingGets() {
    seedAlice();
    momento().faults().fail(Operation.GET);
    ApiResponse alice = expectStatus(api.getUser("alice"), 200);
    assertThat(alice.field("lastName")).isEqualTo("Liddell");
    expectStatus(api.getUser("nobody"), 404);
    expectCacheTried(Operation.GET, "USER#alice");
  }

  @Test
  @DisplayName("When cache writes fail, GETs still answer correctly, and the next GET reads DynamoDB again")
  void failingSets() {
    seedAlice();
    momento().faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS);
    expectStatus(api.getUser("alice"), 200);
    expectCacheTried(Operation.SET, "USER#alice");
    ApiResponse again = expectDynamoDbReads(1, "nothing could be cached", () -> api.getUser("alice"));
    assertThat(again.field("firstName")).isEqualTo("Alice");
  }

  @Test
  @DisplayName("When the cache answers slower than its deadline, GETs still answer correctly")
  void slowCache() {
    seedAlice();
    momento().faults().delay(CACHE_TIMEOUT.plus(Duration.ofMillis(100)), Operation.GET, Operation.SET, Operation.SET_IF_NOT_EXISTS);
    ApiResponse alice = expectStatus(api.getUser("alice"), 200);
    assertThat(alice.field("firstName")).isEqualTo("Alice");
    expectCacheTried(Operation.GET, "USER#alice");
  }

  @Test
  @DisplayName("While the cache is down, permissions still work: an Owner may add, a Member may not")
  void permissionsWithoutACache() {
    tableBehindTheCache.putNewUser(new User("olivia", "Olivia", "Smith"));
    tableBehindTheCache.putNewUser(new User("michael", "Michael", "Scott"));
    tableBehindTheCache.putNewUser(new User("nina", "Nina", "Simone"));
    tableBehindTheCache.putNewOrganization(
        new Organization("olivia-org", "olivia-org", "olivia"), new Membership("olivia-org", "olivia", Role.Owner));
    momento().faults().fail(Operation.values());
    expectStatus(api.addMember("olivia", "olivia-org", "michael", "Member"), 201);
    expectStatus(api.addMember("michael", "olivia-org", "nina", "Member"), 403);
    expectCacheTried(Operation.GET, "MEMBER#olivia-org#olivia");
  }

  /** A call the fault made fail, or that the client gave up on before the slow server answered. */
  private static final List<Outcome> FAILED = List.of(Outcome.FAILED, Outcome.TIMED_OUT);

  private void seedAlice() {
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
  }

  /** The server saw the service try this operation on this key (set and set-if-absent both count as a store). */
  private void expectCacheTried(Operation operation, String key) {
    List<Operation> accepted =
        operation == Operation.SET ? List.of(Operation.SET, Operation.SET_IF_NOT_EXISTS) : List.of(operation);
    List<CacheOperation> seen = momento().operations();
    assertThat(seen)
        .withFailMessage(
            "The cache never saw a %s of %s (it saw %s): the service did not try the cache, so this check cannot tell whether it survives a cache failure",
            operation, key, seen.isEmpty() ? "nothing" : seen)
        .anyMatch(op -> accepted.contains(op.operation()) && op.key().equals(key) && FAILED.contains(op.outcome()));
  }
}
