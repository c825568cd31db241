package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.Supplier;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Role;
import workshop.kit.dynamodb.DynamoDbCalls;

/** Step 1, task 1: the membership lookup, its 404, and the permission checks that depend on it. */
public class MembershipLookupChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("GET /organizations/{organization}/members/{username} returns a member's role")
    void memberIsFound() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Admin));
        ApiResponse membership = api.getMembership("olivia-org", "michael");
        String why = "DynamoDB holds michael's membership of olivia-org, as an Admin";
        expectStatus(membership, 200, why);
        expectField(membership, "organization", "olivia-org", why);
        expectField(membership, "username", "michael", why);
        expectField(membership, "role", "Admin", why);
    }

    @Test
    @Order(2)
    @DisplayName("Looking up someone who is not a member answers 404, saying who is not a member of what")
    void nonMemberIsNotFound() {
        givenUsers("olivia", "nina");
        givenOrganization("olivia", "olivia-org");
        ApiResponse response = api.getMembership("olivia-org", "nina");
        String why =
                "nina is not a member of olivia-org: the lookup must answer \"no membership\" (an empty Optional), which the API turns into a 404";
        expectStatus(response, 404, why);
        expectErrorNaming(response, "the caller should learn who is not a member of what", "nina", "olivia-org");
        expectStatus(
                api.getMembership("no-such-org", "olivia"),
                404,
                "there is no organization no-such-org, so olivia is no member of it");
    }

    @Test
    @Order(3)
    @DisplayName("A membership lookup is one GetItem on the membership's key")
    void lookupIsOneGetItem() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Member));
        DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
        ApiResponse response = expectStatus(api.getMembership("olivia-org", "michael"), 200);
        DynamoDbCalls.Snapshot calls = callsSince(before);
        assertThat(calls.of("GetItem") == 1 && calls.total() == 1)
                .withFailMessage(
                        "%s after %s; expected exactly one GetItem: the membership's item has a key of its own (organization and username), and one read by key is the cheapest read there is",
                        response, InPlainWords.dynamoDbCalls(calls))
                .isTrue();
    }

    @Test
    @Order(4)
    @DisplayName("An Owner can add a member, and a Member cannot (permissions use the lookup)")
    void permissionsUseTheLookup() {
        givenUsers("olivia", "michael", "nina");
        givenOrganization("olivia", "olivia-org");
        expectStatus(
                api.addMember("olivia", "olivia-org", "michael", "Member"),
                201,
                "olivia founded olivia-org, so she is its Owner and may add members");
        expectStatus(
                api.addMember("michael", "olivia-org", "nina", "Member"),
                403,
                "michael is only a Member of olivia-org, and Members may not add members");
    }

    @Test
    @Order(5)
    @DisplayName("A membership lookup that DynamoDB throttles or fails answers 503, never \"not a member\"")
    void dynamoDbErrorIsNotANonMember() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        // Written behind the cache's back and never read: whatever a step caches, this lookup reads DynamoDB.
        tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Admin));
        expectUnavailable("DynamoDB throttled it", DynamoDbFaults::throttled);
        expectUnavailable("DynamoDB failed it with a 500", DynamoDbFaults::internalServerError);
        expectStatus(
                api.getMembership("olivia-org", "michael"), 200, "once DynamoDB answers again, michael is a member");
    }

    private void expectUnavailable(String fault, Supplier<RuntimeException> error) {
        DynamoDbCalls.failNext("GetItem", DynamoDbFaults.EVERY_ATTEMPT, error);
        ApiResponse response = api.getMembership("olivia-org", "michael");
        DynamoDbCalls.clearFaults();
        expectStatus(
                response,
                503,
                "michael IS a member, but " + fault
                        + ": the lookup must let DynamoDB's error through (the service answers 503 and the caller retries)."
                        + " Answering \"not a member\" instead tells the caller a member is none, and every permission check built on the lookup answers 403");
    }
}
