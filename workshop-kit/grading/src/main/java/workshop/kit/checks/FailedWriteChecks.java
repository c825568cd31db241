package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * Only a write DynamoDB accepted may change the cache, and a cache failure after an accepted
 * write must neither fail the request nor leave the old value being served. Each check first lets
 * a successful write fill the cache (write-aside), then makes a write fail and compares the cache
 * before and after.
 */
public class FailedWriteChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("A duplicate POST /users answers 409 and does not overwrite the cached original")
    void duplicateUserLeavesTheCache() {
        int mark = cacheLogMark();
        givenUser("alice", "Alice", "Liddell");
        Map<String, String> before = cacheWrittenBy("POST /users alice", "USER#alice", mark);
        ApiResponse duplicate =
                expectStatus(api.createUser("alice", "Mallory", "Impostor"), 409, "alice exists already");
        expectCacheUnchanged(duplicate, "DynamoDB refused it (409)", before);
        expectField(
                expectStatus(api.getUser("alice"), 200),
                "firstName",
                "Alice",
                "the refused duplicate must not replace the real alice");
    }

    @Test
    @Order(2)
    @DisplayName("A duplicate POST /organizations answers 409 and leaves the cache as it was")
    void duplicateOrganizationLeavesTheCache() {
        givenUsers("olivia", "bob");
        int mark = cacheLogMark();
        givenOrganization("olivia", "olivia-org");
        Map<String, String> before = cacheWrittenBy("POST /organizations olivia-org", "ORG#olivia-org", mark);
        ApiResponse duplicate =
                expectStatus(api.createOrganization("bob", "olivia-org"), 409, "olivia-org exists already");
        expectCacheUnchanged(duplicate, "DynamoDB refused it (409)", before);
        Optional<String> bobsMembership = momento().peek(settings.cacheName(), "MEMBER#olivia-org#bob");
        assertThat(bobsMembership.isEmpty() || bobsMembership.get().equals("NOT_FOUND"))
                .withFailMessage(
                        "%s, yet after it %s: bob would be treated as an Owner of olivia-org, which he did not found, for the whole TTL",
                        duplicate, InPlainWords.entry("MEMBER#olivia-org#bob", bobsMembership))
                .isTrue();
    }

    @Test
    @Order(3)
    @DisplayName("A forbidden add (403) and an add of an unknown user (404) leave the cache as it was")
    void refusedAddsLeaveTheCache() {
        givenUsers("olivia", "michael", "nina");
        givenOrganization("olivia", "olivia-org");
        int mark = cacheLogMark();
        givenMember("olivia", "olivia-org", "michael", "Member");
        cacheWrittenBy("POST /organizations/olivia-org/members michael", "MEMBER#olivia-org#michael", mark);
        ApiResponse forbidden =
                expectStatus(api.addMember("michael", "olivia-org", "nina", "Admin"), 403, "michael is only a Member");
        expectNoMembershipCached(
                forbidden, "MEMBER#olivia-org#nina", "nina would count as an Admin of olivia-org for the whole TTL");
        ApiResponse unknown =
                expectStatus(api.addMember("olivia", "olivia-org", "ghost", "Member"), 404, "there is no user ghost");
        expectNoMembershipCached(
                unknown, "MEMBER#olivia-org#ghost", "a user who does not exist would count as a member");
    }

    @Test
    @Order(4)
    @DisplayName("A PATCH refused for bad input (400) leaves the cache as it was")
    void invalidUpdateLeavesTheCache() {
        int mark = cacheLogMark();
        givenUser("alice", "Alice", "Liddell");
        Map<String, String> before = cacheWrittenBy("POST /users alice", "USER#alice", mark);
        ApiResponse invalid = expectStatus(
                api.updateUser("alice", "alice", "\u0007bell", null),
                400,
                "a name with a control character is invalid");
        expectCacheUnchanged(invalid, "the service refused it (400)", before);
    }

    @Test
    @Order(5)
    @DisplayName("A write that DynamoDB fails (503) leaves the cache as it was")
    void dynamoDbFailureLeavesTheCache() {
        int mark = cacheLogMark();
        givenUser("alice", "Alice", "Liddell");
        Map<String, String> before = cacheWrittenBy("POST /users alice", "USER#alice", mark);
        DynamoDbCalls.failNext("UpdateItem", DynamoDbFaults.EVERY_ATTEMPT, DynamoDbFaults::throttled);
        ApiResponse throttled = expectStatus(
                api.updateUser("alice", "alice", "Alicia", null),
                503,
                "DynamoDB throttled the UpdateItem, so the service must answer 503 (retry later)");
        DynamoDbCalls.clearFaults();
        expectCacheUnchanged(throttled, "DynamoDB throttled it", before);
        expectField(
                expectStatus(api.getUser("alice"), 200),
                "firstName",
                "Alice",
                "the PATCH never reached DynamoDB, so alice is still Alice");
    }

    @Test
    @Order(6)
    @EveryRequest
    @DisplayName("When the cache fails after a successful write, the request still succeeds")
    void cacheFailureAfterWriteDoesNotFailTheRequest() {
        int mark = cacheLogMark();
        momento().faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS);
        ApiResponse created = api.createUser("bob", "Bob", "Builder");
        assertThat(created.status())
                .withFailMessage(
                        "Every cache store fails, and %s; expected 201: DynamoDB accepted bob, so the request succeeded, and a retry would now get 409",
                        created)
                .isEqualTo(201);
        assertThat(tableBehindTheCache.getUser("bob"))
                .withFailMessage("%s, yet DynamoDB holds no bob", created)
                .isPresent();
        List<CacheOperation> calls = cacheCallsSince(mark);
        boolean triedToStore = calls.stream()
                .anyMatch(op -> (op.operation() == Operation.SET || op.operation() == Operation.SET_IF_NOT_EXISTS)
                        && op.key().equals("USER#bob")
                        && op.outcome() == Outcome.FAILED);
        assertThat(triedToStore)
                .withFailMessage(
                        "%s, but the cache saw no store of USER#bob, so this check cannot tell whether a failed store fails the request: %s",
                        created, whyNotCached("USER#bob", mark))
                .isTrue();
        // Every other path too, each write, and the reads and permission lookups around them: a store
        // that fails after DynamoDB accepted the write must fail none of them.
        givenWhatEveryKindOfRequestNeeds();
        for (PlannedRequest request : everyKindOfRequest(api)) {
            ApiResponse response = request.send().get();
            assertThat(response.status())
                    .withFailMessage(
                            "Every cache store fails, and %s; expected %s: DynamoDB has it, so the request succeeded (a retry of a create would now get 409)."
                                    + " When a store fails, log it and go on",
                            response, request.expectedStatus())
                    .isEqualTo(request.expectedStatus());
        }
        momento().faults().clear();
        expectField(expectStatus(api.getUser("bob"), 200), "firstName", "Bob", "bob exists in DynamoDB");
    }

    @Test
    @Order(7)
    @EveryRequest
    @DisplayName("When the cache fails after a successful write, no read serves the value from before the write")
    void cacheFailureAfterWriteLeavesNoOldValue() {
        givenUsers("olivia", "michael", "adam", "nina");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "michael", "Member");
        givenMember("olivia", "olivia-org", "adam", "Admin");
        // Whatever the writes cached, these reads make sure each entry is in the cache before the failure:
        // the entities that exist, and "not found" for those the creates below will make.
        expectStatus(api.getUser("michael"), 200);
        expectStatus(api.getMembership("olivia-org", "michael"), 200);
        expectStatus(api.getMembership("olivia-org", "adam"), 200);
        expectStatus(api.getUser("carol"), 404, "there is no user carol yet");
        expectStatus(api.getOrganization("carol-org"), 404, "there is no organization carol-org yet");
        expectStatus(api.getMembership("carol-org", "carol"), 404, "carol is a member of nothing yet");
        expectStatus(api.getMembership("olivia-org", "nina"), 404, "nina is no member of olivia-org yet");

        // The stores keep failing while the reads run, so nothing but the write path decides what is served.
        momento().faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS);
        String why =
                "the cache's set failed after DynamoDB accepted the write, and the entry from before the write must not be served"
                        + " (for up to the whole TTL): when a store after a write fails, delete the key, so reads go to DynamoDB";
        ApiResponse rename =
                expectStatus(api.updateUser("michael", "michael", "Mike", null), 200, "DynamoDB accepted the PATCH");
        expectField(
                expectStatus(api.getUser("michael"), 200),
                "firstName",
                "Mike",
                "after " + rename.request() + " answered 200, " + why);
        ApiResponse promote = expectStatus(
                api.changeRole("olivia", "olivia-org", "michael", "Admin"), 200, "DynamoDB accepted the role change");
        expectField(
                expectStatus(api.getMembership("olivia-org", "michael"), 200),
                "role",
                "Admin",
                "after " + promote.request() + " answered 200, " + why);
        ApiResponse removal =
                expectStatus(api.removeMember("olivia", "olivia-org", "adam"), 204, "DynamoDB accepted the removal");
        expectStatus(
                api.getMembership("olivia-org", "adam"),
                404,
                "after " + removal.request() + " answered 204, " + why
                        + ". Here the old entry would keep a removed Admin's access");

        String notFound = ". Here the \"not found\" cached before the create would hide what now exists";
        ApiResponse newUser =
                expectStatus(api.createUser("carol", "Carol", "Danvers"), 201, "DynamoDB accepted the new user");
        expectStatus(api.getUser("carol"), 200, "after " + newUser.request() + " answered 201, " + why + notFound);
        ApiResponse newOrganization = expectStatus(
                api.createOrganization("carol", "carol-org"), 201, "DynamoDB accepted the new organization");
        expectStatus(
                api.getOrganization("carol-org"),
                200,
                "after " + newOrganization.request() + " answered 201, " + why + notFound);
        expectStatus(
                api.getMembership("carol-org", "carol"),
                200,
                "after " + newOrganization.request() + " answered 201, " + why + notFound
                        + " (carol founded carol-org, so she is its Owner)");
        ApiResponse newMember = expectStatus(
                api.addMember("olivia", "olivia-org", "nina", "Member"), 201, "DynamoDB accepted the new member");
        expectStatus(
                api.getMembership("olivia-org", "nina"),
                200,
                "after " + newMember.request() + " answered 201, " + why + notFound);
    }

    /** The cache as the write left it; fails unless the write put {@code key} there. */
    private Map<String, String> cacheWrittenBy(String write, String key, int mark) {
        Map<String, String> cache = cacheContents();
        if (!cache.containsKey(key)) {
            fail(
                    "After %s there is no %s in the cache, so there is nothing for a failed write to leave alone."
                            + " A successful write must put its new state into the cache first; %s",
                    write, key, whyWriteNotCached(key, mark));
        }
        return cache;
    }

    /**
     * Every entry that was there before the refused write holds the same value after it, or is gone
     * (a deleted entry is read from DynamoDB again: never wrong).
     */
    private void expectCacheUnchanged(ApiResponse refused, String how, Map<String, String> before) {
        Map<String, String> after = cacheContents();
        for (Map.Entry<String, String> entry : before.entrySet()) {
            String now = after.get(entry.getKey());
            if (now != null && !entry.getValue().equals(now)) {
                fail(
                        "%s: %s, so the cache must stay as it was. Before it, %s; after it, %s. Write to the cache only after DynamoDB accepted the write",
                        refused,
                        how,
                        InPlainWords.entry(entry.getKey(), Optional.of(entry.getValue())),
                        InPlainWords.entry(entry.getKey(), Optional.ofNullable(now)));
            }
        }
    }

    private void expectNoMembershipCached(ApiResponse refused, String key, String consequence) {
        Optional<String> cached = momento().peek(settings.cacheName(), key);
        assertThat(cached.isEmpty() || cached.get().equals("NOT_FOUND"))
                .withFailMessage(
                        "%s, yet after it %s: %s. Only a write DynamoDB accepted may change the cache",
                        refused, InPlainWords.entry(key, cached), consequence)
                .isTrue();
    }

    private Map<String, String> cacheContents() {
        Map<String, String> contents = new TreeMap<>();
        for (String key : momento().keys(settings.cacheName())) {
            momento().peek(settings.cacheName(), key).ifPresent(value -> contents.put(key, value));
        }
        return contents;
    }
}
