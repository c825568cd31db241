package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
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
    @Order(1)
    @DisplayName("When cache reads fail, GETs fall back to DynamoDB and answer exactly as without a cache")
    void failingGets() {
        seedAlice();
        int mark = cacheLogMark();
        momento().faults().fail(Operation.GET);
        String why =
                "every cache GET fails, and a failed GET must behave like a miss: read DynamoDB, which has the answer";
        ApiResponse alice = expectStatus(api.getUser("alice"), 200, why);
        expectField(alice, "lastName", "Liddell", why);
        expectStatus(api.getUser("nobody"), 404, why + " (there is no user nobody)");
        expectCacheTried(Operation.GET, "USER#alice", mark);
    }

    @Test
    @Order(2)
    @DisplayName("When cache writes fail, GETs still answer correctly, and the next GET reads DynamoDB again")
    void failingSets() {
        seedAlice();
        int mark = cacheLogMark();
        momento().faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS);
        expectStatus(
                api.getUser("alice"),
                200,
                "every cache store fails, and a failed store must not fail the read: DynamoDB answered");
        expectCacheTried(Operation.SET, "USER#alice", mark);
        ApiResponse again = expectDynamoDbReads(
                1, "nothing could be cached, so the answer must come from DynamoDB again", () -> api.getUser("alice"));
        expectField(again, "firstName", "Alice", "DynamoDB holds alice as Alice Liddell");
    }

    @Test
    @Order(3)
    @DisplayName("When the cache answers slower than its deadline, GETs still answer correctly")
    void slowCache() {
        seedAlice();
        int mark = cacheLogMark();
        momento()
                .faults()
                .delay(
                        CACHE_TIMEOUT.plus(Duration.ofMillis(100)),
                        Operation.GET,
                        Operation.SET,
                        Operation.SET_IF_NOT_EXISTS);
        String why =
                "every cache call outlasts the client's deadline, and a call that timed out must behave like a failed one: DynamoDB has the answer";
        ApiResponse alice = expectStatus(api.getUser("alice"), 200, why);
        expectField(alice, "firstName", "Alice", why);
        expectCacheTried(Operation.GET, "USER#alice", mark);
    }

    @Test
    @Order(4)
    @DisplayName("While the cache is down, permissions still work: an Owner may add, a Member may not")
    void permissionsWithoutACache() {
        tableBehindTheCache.putNewUser(new User("olivia", "Olivia", "Smith"));
        tableBehindTheCache.putNewUser(new User("michael", "Michael", "Scott"));
        tableBehindTheCache.putNewUser(new User("nina", "Nina", "Simone"));
        tableBehindTheCache.putNewOrganization(
                new Organization("olivia-org", "olivia-org", "olivia"),
                new Membership("olivia-org", "olivia", Role.Owner));
        int mark = cacheLogMark();
        momento().faults().fail(Operation.values());
        expectStatus(
                api.addMember("olivia", "olivia-org", "michael", "Member"),
                201,
                "with every cache call failing, olivia's Owner membership must be read from DynamoDB, and an Owner may add members");
        expectStatus(
                api.addMember("michael", "olivia-org", "nina", "Member"),
                403,
                "with every cache call failing, michael's Member role must be read from DynamoDB, and a Member may not add members");
        expectCacheTried(Operation.GET, "MEMBER#olivia-org#olivia", mark);
    }

    @Test
    @Order(5)
    @EveryRequest
    @DisplayName("While the cache is down, every request answers as it would without a cache")
    void everyRequestWithoutACache() {
        givenWhatEveryKindOfRequestNeeds();
        int mark = cacheLogMark();
        momento().faults().fail(Operation.values());
        for (PlannedRequest request : everyKindOfRequest(api)) {
            ApiResponse response = request.send().get();
            assertThat(response.status())
                    .withFailMessage(
                            "With every cache call failing, %s; expected %s, as without a cache: DynamoDB has every answer and takes every write."
                                    + " A failed get is a miss, a failed set is logged (after a write, the key is deleted), and the request goes on",
                            response, request.expectedStatus())
                    .isEqualTo(request.expectedStatus());
        }
        boolean tried = cacheCallsSince(mark).stream().anyMatch(call -> FAILED.contains(call.outcome()));
        assertThat(tried)
                .withFailMessage(
                        "Every request answered as it should, but the cache saw no call at all, so this check cannot tell whether the service survives a cache that is down:"
                                + " reads look in the cache first")
                .isTrue();
    }

    /** A call the fault made fail, or that the client gave up on before the slow server answered. */
    private static final List<Outcome> FAILED = List.of(Outcome.FAILED, Outcome.TIMED_OUT);

    /**
     * The server saw the service try this operation on this key, and the fault made it fail (set and
     * set-if-absent both count as a store). Otherwise, says what the service did instead: other keys,
     * or no cache call at all.
     */
    private void expectCacheTried(Operation operation, String key, int mark) {
        List<Operation> accepted =
                operation == Operation.SET ? List.of(Operation.SET, Operation.SET_IF_NOT_EXISTS) : List.of(operation);
        List<CacheOperation> seen = cacheCallsSince(mark);
        boolean tried = seen.stream()
                .anyMatch(op ->
                        accepted.contains(op.operation()) && op.key().equals(key) && FAILED.contains(op.outcome()));
        String what = operation == Operation.SET ? "store (SET or SET_IF_NOT_EXISTS)" : operation.toString();
        assertThat(tried)
                .withFailMessage(
                        "The requests answered as they should, but the cache saw no %s of %s, so this check cannot tell whether the service survives a cache failure: %s",
                        what, key, whyNotCached(key, mark))
                .isTrue();
    }

    private void seedAlice() {
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    }
}
