package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.momento.Operation;

/**
 * Read-aside: the three reads look in the cache first, and what a miss reads from DynamoDB is
 * stored, "not found" included. Items are written behind the cache's back, so the first read of
 * each check is a miss whatever the step does on writes.
 */
public class ReadAsideChecks extends StepChecks {
    /**
     * How long the local server holds each store and delete in the check of awaited calls: far
     * longer than the few milliseconds a handler takes to return after its last call, far shorter
     * than the checks' cache deadline. A call the handler awaited has its answer before the handler
     * returns; one it did not await is still held, whatever the machine's speed.
     */
    private static final Duration HELD = Duration.ofMillis(100);

    @Test
    @Order(1)
    @DisplayName("A second GET of the same user is answered from the cache, with no DynamoDB read")
    void repeatedUserReadIsAHit() {
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
        ApiResponse first = expectStatus(api.getUser("alice"), 200);
        ApiResponse second = expectNoDynamoDbRead(() -> api.getUser("alice"));
        expectSameAnswer(first, second);
    }

    @Test
    @Order(2)
    @DisplayName("A second GET of the same organization is answered from the cache, with no DynamoDB read")
    void repeatedOrganizationReadIsAHit() {
        tableBehindTheCache.putNewOrganization(
                new Organization("olivia-org", "Olivia Org", "olivia"),
                new Membership("olivia-org", "olivia", Role.Owner));
        ApiResponse first = expectStatus(api.getOrganization("olivia-org"), 200);
        ApiResponse second = expectNoDynamoDbRead(() -> api.getOrganization("olivia-org"));
        expectSameAnswer(first, second);
    }

    @Test
    @Order(3)
    @DisplayName("A second lookup of the same membership is answered from the cache, with no DynamoDB read")
    void repeatedMembershipReadIsAHit() {
        tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Member));
        ApiResponse first = expectStatus(api.getMembership("olivia-org", "michael"), 200);
        ApiResponse second = expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "michael"));
        expectSameAnswer(first, second);
    }

    @Test
    @Order(4)
    @DisplayName("Something that does not exist is cached too: a second lookup answers 404 with no DynamoDB read")
    void notFoundIsCached() {
        String why = "the first lookup found nothing, and \"not found\" is cached like any answer";
        expectStatus(api.getUser("nobody"), 404);
        expectStatus(expectNoDynamoDbRead(() -> api.getUser("nobody")), 404, why);
        expectStatus(api.getOrganization("no-such-org"), 404);
        expectStatus(expectNoDynamoDbRead(() -> api.getOrganization("no-such-org")), 404, why);
        expectStatus(api.getMembership("olivia-org", "nobody"), 404);
        expectStatus(expectNoDynamoDbRead(() -> api.getMembership("olivia-org", "nobody")), 404, why);
    }

    @Test
    @Order(5)
    @EveryRequest
    @DisplayName("Entries are stored under the shared keys USER#<username>, ORG#<slug> and MEMBER#<slug>#<username>")
    void entriesUseTheSharedKeys() {
        givenWhatEveryKindOfRequestNeeds();
        int mark = cacheLogMark();
        expectStatus(api.getUser("alice"), 200);
        expectStatus(api.getOrganization("olivia-org"), 200);
        expectStatus(api.getMembership("olivia-org", "olivia"), 200);
        Set<String> keys = momento().keys(settings.cacheName());
        List<String> missing = new ArrayList<>();
        for (String key : List.of("USER#alice", "ORG#olivia-org", "MEMBER#olivia-org#olivia")) {
            if (!keys.contains(key)) {
                missing.add(key);
            }
        }
        if (!missing.isEmpty()) {
            fail(
                    "After reading user alice, organization olivia-org and olivia's membership, the cache has no %s (it holds %s): %s."
                            + " Every path that touches an entity takes its key from CacheKeys, so a write can never refresh a different key from the one reads look in",
                    String.join(" and no ", missing), InPlainWords.keys(keys), whyNotCached(missing.get(0), mark));
        }
        // Every other path too, writes and the permission lookups inside them: each cache call it
        // makes names the key of an entity it touches.
        for (PlannedRequest request : everyKindOfRequest(api)) {
            ApiResponse response = expectStatus(request.send().get(), request.expectedStatus());
            for (String call : response.cacheCalls()) {
                if (call.indexOf(' ') < 0) {
                    continue; // a call on no key (say, listing caches): nothing to judge here
                }
                String key = call.substring(call.indexOf(' ') + 1);
                assertThat(SHARED_KEYS)
                        .withFailMessage(
                                "%s made the cache call %s; expected only the keys CacheKeys gives the entities it touches (%s)."
                                        + " Every path that touches an entity takes its key from CacheKeys, so a write refreshes the very key reads look in",
                                response, call, String.join(", ", SHARED_KEYS))
                        .contains(key);
            }
        }
    }

    /** The keys of the entities {@link #everyKindOfRequest} touches, as CacheKeys builds them. */
    private static final List<String> SHARED_KEYS = List.of(
            "USER#alice",
            "USER#carol",
            "USER#nobody",
            "ORG#olivia-org",
            "ORG#carol-org",
            "MEMBER#olivia-org#olivia",
            "MEMBER#olivia-org#alice",
            "MEMBER#carol-org#carol");

    @Test
    @Order(6)
    @DisplayName("A cached user comes back with every attribute exactly as stored, any script included")
    void cachedValuesRoundTrip() {
        User zoe = new User("zoe", "Zoë Ødegård-Müller", "李小龍 🐉 \"quoted\" \\ back");
        tableBehindTheCache.putNewUser(zoe);
        ApiResponse fromDynamoDb = expectStatus(api.getUser("zoe"), 200);
        ApiResponse fromCache = expectStatus(expectNoDynamoDbRead(() -> api.getUser("zoe")), 200);
        String why = "a cached entry must give back exactly what DynamoDB gave (CacheValues.encode, then decode)";
        expectField(fromCache, "firstName", zoe.firstName(), why);
        expectField(fromCache, "lastName", zoe.lastName(), why);
        expectSameAnswer(fromDynamoDb, fromCache);
    }

    @Test
    @Order(7)
    @EveryRequest
    @DisplayName("Every cache call a request makes has finished before the request answers")
    void cacheCallsAreAwaited() {
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
        tableBehindTheCache.putNewUser(new User("bob", "Bob", "Builder"));
        tableBehindTheCache.putNewOrganization(
                new Organization("olivia-org", "Olivia Org", "olivia"),
                new Membership("olivia-org", "olivia", Role.Owner));
        // Stores and deletes are what a service may forget to await (a get's answer is needed at once).
        momento().faults().delay(HELD, Operation.SET, Operation.SET_IF_NOT_EXISTS, Operation.DELETE);

        ApiResponse read = expectStatus(api.getUser("alice"), 200);
        assertThat(read.cacheCalls())
                .withFailMessage(
                        "%s with no cache call: the read path does not use the cache yet, so there is no call to await",
                        read)
                .isNotEmpty();
        expectAwaited(read);
        // The writes too: in step 3 each one stores its new state (in step 2 they make no cache call).
        expectAwaited(api.createUser("carol", "Carol", "Danvers"));
        expectAwaited(api.updateUser("alice", "alice", "Alicia", null));
        expectAwaited(api.createOrganization("bob", "Bob Org"));
        expectAwaited(api.addMember("olivia", "olivia-org", "alice", "Member"));
        expectAwaited(api.changeRole("olivia", "olivia-org", "alice", "Admin"));
        expectAwaited(api.removeMember("olivia", "olivia-org", "alice"));
        // And when a store fails: whatever the service does then (step 3 deletes the key) is awaited too.
        momento().faults().clear();
        momento().faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS);
        momento().faults().delay(HELD, Operation.DELETE);
        expectAwaited(api.updateUser("bob", "bob", "Robert", null));
    }

    private void expectAwaited(ApiResponse response) {
        assertThat(response.cacheCallsLeftRunning())
                .withFailMessage(
                        "%s while %s of its cache calls (%s) had not finished: a call that is not awaited (join()) is still running when the handler returns,"
                                + " and Lambda freezes the execution environment then, so the call may finish minutes later, or never. Call join() on every cache call",
                        response, response.cacheCallsLeftRunning(), String.join(", ", response.cacheCalls()))
                .isZero();
    }

    /** The cached answer must be the very answer DynamoDB gave. */
    private static void expectSameAnswer(ApiResponse fromDynamoDb, ApiResponse fromCache) {
        assertThat(fromCache.body())
                .withFailMessage(
                        "The first time, %s; answered from the cache, %s. A cache hit must answer exactly what DynamoDB answered",
                        fromDynamoDb, fromCache)
                .isEqualTo(fromDynamoDb.body());
    }
}
