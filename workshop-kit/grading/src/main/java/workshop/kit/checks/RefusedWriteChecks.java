package workshop.kit.checks;

import static org.assertj.core.api.Assertions.fail;

import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * Writes the service lets through, but DynamoDB refuses: its condition fails (the item exists, or
 * does not), it throttles, or it fails with a 500. A refusal reaches the repository, so only the
 * order of its DynamoDB call and its cache call decides what the cache says next: after a refused
 * write the cache must hold what it held before, or nothing. A cached refusal is served for the
 * whole TTL, and for memberships that means access nobody granted.
 *
 * <p>Each check first makes sure the write path caches at all (a successful write of the same
 * kind left its entry); otherwise there would be nothing for a refusal to leave alone.
 */
public class RefusedWriteChecks extends StepChecks {
    private static final Refusal THROTTLED = new Refusal("DynamoDB throttled it", DynamoDbFaults::throttled);
    private static final Refusal FAILED =
            new Refusal("DynamoDB failed it with a 500", DynamoDbFaults::internalServerError);

    @Test
    @Order(1)
    @DisplayName("A POST /users that DynamoDB throttles or fails caches no user")
    void refusedCreateUser() {
        cachedBy("POST /users alice", () -> api.createUser("alice", "Alice", "Liddell"), "USER#alice");
        expectStatus(api.getUser("bob"), 404, "there is no user bob yet");
        for (Refusal refusal : new Refusal[] {THROTTLED, FAILED}) {
            Optional<String> before = peek("USER#bob");
            ApiResponse refused = refusedBy("PutItem", refusal, () -> api.createUser("bob", "Bob", "Builder"));
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "USER#bob",
                    before,
                    "GET /users/bob would show a user DynamoDB never stored, for the whole TTL");
            expectStatus(
                    api.getUser("bob"),
                    404,
                    "DynamoDB refused to create bob (" + refusal.how() + "), so there is no bob");
        }
    }

    @Test
    @Order(2)
    @DisplayName(
            "A PATCH /users/{username} that DynamoDB refuses (no such user, throttled, failed) leaves the cache as it was")
    void refusedUpdateUser() {
        cachedBy("POST /users alice", () -> api.createUser("alice", "Alice", "Liddell"), "USER#alice");
        expectStatus(api.getUser("ghost"), 404, "there is no user ghost");
        Optional<String> ghostBefore = peek("USER#ghost");
        ApiResponse noSuchUser = expectStatus(
                api.updateUser("ghost", "ghost", "Casper", null),
                404,
                "there is no user ghost: DynamoDB's conditional update refuses it");
        expectLeftAlone(
                noSuchUser,
                "DynamoDB refused it (its condition: the user must exist)",
                "USER#ghost",
                ghostBefore,
                "GET /users/ghost would show a user who does not exist, for the whole TTL");
        expectStatus(api.getUser("ghost"), 404, "there is still no user ghost");
        for (Refusal refusal : new Refusal[] {THROTTLED, FAILED}) {
            Optional<String> before = peek("USER#alice");
            ApiResponse refused =
                    refusedBy("UpdateItem", refusal, () -> api.updateUser("alice", "alice", "Alicia", null));
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "USER#alice",
                    before,
                    "every read would show a name DynamoDB never stored, for the whole TTL");
            expectField(
                    expectStatus(api.getUser("alice"), 200),
                    "firstName",
                    "Alice",
                    "DynamoDB refused the PATCH (" + refusal.how() + "), so alice is still Alice");
        }
    }

    @Test
    @Order(3)
    @DisplayName(
            "A POST /organizations that DynamoDB throttles or fails caches neither the organization nor its founder")
    void refusedCreateOrganization() {
        givenUsers("olivia", "bob");
        cachedBy(
                "POST /organizations olivia-org",
                () -> api.createOrganization("olivia", "olivia-org"),
                "ORG#olivia-org");
        expectStatus(api.getOrganization("bob-org"), 404, "there is no organization bob-org yet");
        expectStatus(api.getMembership("bob-org", "bob"), 404, "bob is a member of nothing yet");
        for (Refusal refusal : new Refusal[] {THROTTLED, FAILED}) {
            Optional<String> organizationBefore = peek("ORG#bob-org");
            Optional<String> founderBefore = peek("MEMBER#bob-org#bob");
            ApiResponse refused =
                    refusedBy("TransactWriteItems", refusal, () -> api.createOrganization("bob", "bob-org"));
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "ORG#bob-org",
                    organizationBefore,
                    "GET /organizations/bob-org would show an organization DynamoDB never stored, for the whole TTL");
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "MEMBER#bob-org#bob",
                    founderBefore,
                    "bob would count as the Owner of bob-org, and keep that access when someone else founds it, for the whole TTL");
            expectStatus(
                    api.getOrganization("bob-org"), 404, "DynamoDB refused to create bob-org (" + refusal.how() + ")");
        }
    }

    @Test
    @Order(4)
    @DisplayName(
            "Adding someone who is a member already (409), or an add DynamoDB refuses, leaves their cached membership as it was")
    void refusedAddMember() {
        givenUsers("olivia", "michael", "nina");
        givenOrganization("olivia", "olivia-org");
        cachedBy(
                "POST /organizations/olivia-org/members michael (Member)",
                () -> api.addMember("olivia", "olivia-org", "michael", "Member"),
                "MEMBER#olivia-org#michael");
        Optional<String> before = peek("MEMBER#olivia-org#michael");
        ApiResponse duplicate = expectStatus(
                api.addMember("olivia", "olivia-org", "michael", "Admin"), 409, "michael is a member already");
        expectLeftAlone(
                duplicate,
                "DynamoDB refused it (409: michael is a member already)",
                "MEMBER#olivia-org#michael",
                before,
                "michael is a Member, yet the service would treat him as an Admin, free to add and remove members, for the whole TTL");
        expectField(
                expectStatus(api.getMembership("olivia-org", "michael"), 200),
                "role",
                "Member",
                "the add was refused: michael is still a Member");

        expectStatus(api.getMembership("olivia-org", "nina"), 404, "nina is no member yet");
        for (Refusal refusal : new Refusal[] {THROTTLED, FAILED}) {
            Optional<String> ninaBefore = peek("MEMBER#olivia-org#nina");
            ApiResponse refused =
                    refusedBy("PutItem", refusal, () -> api.addMember("olivia", "olivia-org", "nina", "Admin"));
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "MEMBER#olivia-org#nina",
                    ninaBefore,
                    "nina, whom DynamoDB never added, would count as an Admin of olivia-org for the whole TTL");
            expectStatus(
                    api.getMembership("olivia-org", "nina"),
                    404,
                    "DynamoDB refused to add nina (" + refusal.how() + ")");
        }
    }

    @Test
    @Order(5)
    @DisplayName(
            "A role change DynamoDB refuses (not a member, throttled, failed) leaves the cached membership as it was")
    void refusedChangeRole() {
        givenUsers("olivia", "michael", "nina");
        givenOrganization("olivia", "olivia-org");
        cachedBy(
                "POST /organizations/olivia-org/members michael (Member)",
                () -> api.addMember("olivia", "olivia-org", "michael", "Member"),
                "MEMBER#olivia-org#michael");
        expectStatus(api.getMembership("olivia-org", "nina"), 404, "nina is no member");
        Optional<String> ninaBefore = peek("MEMBER#olivia-org#nina");
        ApiResponse notAMember = expectStatus(
                api.changeRole("olivia", "olivia-org", "nina", "Admin"),
                404,
                "nina is no member: DynamoDB's conditional update refuses it");
        expectLeftAlone(
                notAMember,
                "DynamoDB refused it (its condition: the membership must exist)",
                "MEMBER#olivia-org#nina",
                ninaBefore,
                "nina, who is no member, would count as an Admin of olivia-org, free to add and remove members, for the whole TTL");
        expectStatus(
                api.getMembership("olivia-org", "nina"), 404, "the role change was refused: nina is still no member");

        for (Refusal refusal : new Refusal[] {THROTTLED, FAILED}) {
            Optional<String> before = peek("MEMBER#olivia-org#michael");
            ApiResponse refused =
                    refusedBy("UpdateItem", refusal, () -> api.changeRole("olivia", "olivia-org", "michael", "Admin"));
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "MEMBER#olivia-org#michael",
                    before,
                    "michael is a Member, yet the service would treat him as an Admin for the whole TTL");
            expectField(
                    expectStatus(api.getMembership("olivia-org", "michael"), 200),
                    "role",
                    "Member",
                    "DynamoDB refused the role change (" + refusal.how() + "): michael is still a Member");
        }
    }

    @Test
    @Order(6)
    @DisplayName("A removal DynamoDB throttles or fails leaves the member's cached membership as it was")
    void refusedRemoveMember() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        cachedBy(
                "POST /organizations/olivia-org/members michael (Member)",
                () -> api.addMember("olivia", "olivia-org", "michael", "Member"),
                "MEMBER#olivia-org#michael");
        for (Refusal refusal : new Refusal[] {THROTTLED, FAILED}) {
            Optional<String> before = peek("MEMBER#olivia-org#michael");
            ApiResponse refused =
                    refusedBy("DeleteItem", refusal, () -> api.removeMember("olivia", "olivia-org", "michael"));
            expectLeftAlone(
                    refused,
                    refusal.how(),
                    "MEMBER#olivia-org#michael",
                    before,
                    "michael is still a member in DynamoDB, yet every lookup would answer \"not a member\" for the whole TTL");
            expectField(
                    expectStatus(
                            api.getMembership("olivia-org", "michael"),
                            200,
                            "DynamoDB refused the removal (" + refusal.how() + "): michael is still a member"),
                    "role",
                    "Member",
                    "DynamoDB refused the removal: michael is still a Member");
        }
    }

    /** How DynamoDB refuses a write, in words and as the SDK's exception. */
    private record Refusal(String how, Supplier<RuntimeException> error) {}

    /** The write, with DynamoDB refusing every attempt of {@code operation}: the service must answer 503. */
    private ApiResponse refusedBy(String operation, Refusal refusal, Supplier<ApiResponse> write) {
        DynamoDbCalls.failNext(operation, DynamoDbFaults.EVERY_ATTEMPT, refusal.error());
        ApiResponse response = write.get();
        DynamoDbCalls.clearFaults();
        return expectStatus(
                response,
                503,
                refusal.how() + " (its " + operation
                        + "): the write did not happen, and the service answers 503 so the caller retries");
    }

    /** The successful write left {@code key} in the cache; otherwise this check cannot judge a refusal. */
    private void cachedBy(String write, Supplier<ApiResponse> action, String key) {
        int mark = cacheLogMark();
        expectStatus(action.get(), 201);
        if (peek(key).isEmpty()) {
            fail(
                    "After %s there is no %s in the cache, so there is nothing for a refused write to leave alone."
                            + " A successful write must put its new state into the cache first; %s",
                    write, key, whyWriteNotCached(key, mark));
        }
    }

    /** After the refused write, {@code key} holds what it held before, or nothing. */
    private void expectLeftAlone(
            ApiResponse refused, String how, String key, Optional<String> before, String consequence) {
        Optional<String> after = peek(key);
        if (after.isPresent() && !after.equals(before)) {
            fail(
                    "%s: %s, so the cache must hold what it held before, or nothing. Before it, %s; after it, %s: %s."
                            + " Write to the cache only after DynamoDB accepted the write (a refused write throws before it gets there)",
                    refused, how, InPlainWords.entry(key, before), InPlainWords.entry(key, after), consequence);
        }
    }

    private Optional<String> peek(String key) {
        return momento().peek(settings.cacheName(), key);
    }
}
