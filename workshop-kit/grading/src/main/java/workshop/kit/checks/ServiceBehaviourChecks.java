package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * What the account service does, whatever the step: every route, every error status, validation.
 * Each step runs these, so a step that breaks the API is caught. None of them depends on how fresh
 * a cache is: no entity is read before the write whose result a check then reads.
 */
public class ServiceBehaviourChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("The walkthrough works: two users, an organization, a member added and looked up")
    void walkthrough() {
        ApiResponse olivia = expectStatus(
                api.createUser("oliviaowner", "Olivia", "Smith"), 201, "a new user with valid names is created");
        expectField(olivia, "username", "oliviaowner", "a create answers with the user it created");
        expectStatus(api.createUser("membermichael", "Michael", "Scott"), 201);
        ApiResponse organization = expectStatus(
                api.createOrganization("oliviaowner", "olivia-org"), 201, "an existing user may found an organization");
        expectField(
                organization, "slug", "olivia-org", "the slug is the organization's name in lower case with dashes");
        expectField(organization, "foundingUser", "oliviaowner", "the acting user founds the organization");
        expectStatus(
                api.addMember("oliviaowner", "olivia-org", "membermichael", "Member"),
                201,
                "the founder is the Owner, and an Owner may add members");
        ApiResponse membership = expectStatus(
                api.getMembership("olivia-org", "membermichael"), 200, "membermichael was just added to olivia-org");
        expectField(membership, "role", "Member", "membermichael was added as a Member");
    }

    @Test
    @Order(2)
    @DisplayName("GET /users/{username} returns the user with every attribute, or 404")
    void getUser() {
        givenUser("alice", "Alice", "Liddell");
        ApiResponse alice = expectStatus(api.getUser("alice"), 200);
        String expected = "{\"username\":\"alice\",\"firstName\":\"Alice\",\"lastName\":\"Liddell\"}";
        assertThat(alice.json().toString())
                .withFailMessage("%s; expected the body %s: every attribute of the user, as created", alice, expected)
                .isEqualTo(expected);
        expectErrorNaming(
                expectStatus(api.getUser("nobody"), 404, "there is no user nobody"),
                "a 404 says what was not found",
                "nobody");
    }

    @Test
    @Order(3)
    @DisplayName("A second POST /users with the same username is a 409 and changes nothing")
    void duplicateUser() {
        givenUser("alice", "Alice", "Liddell");
        expectStatus(
                api.createUser("alice", "Another", "Alice"), 409, "alice exists already; a create never overwrites");
        expectField(
                expectStatus(api.getUser("alice"), 200),
                "firstName",
                "Alice",
                "the refused duplicate (409) must change nothing: alice keeps her own name");
    }

    @Test
    @Order(4)
    @DisplayName("POST /users with a missing, empty or invalid field is a 400 naming the field")
    void invalidUsers() {
        String why = "a 400 names the field to fix";
        expectErrorNaming(
                expectStatus(
                        api.send("POST", "/users", null, AccountApi.body("username", "bob", "lastName", "B")), 400),
                why,
                "firstName");
        expectErrorNaming(expectStatus(api.createUser("Bob#ORG#x", "Bob", "B"), 400), why, "username");
        expectErrorNaming(expectStatus(api.createUser("", "Bob", "B"), 400), why, "username");
        expectErrorNaming(expectStatus(api.createUser("bob", "   ", "B"), 400), why, "firstName");
        expectErrorNaming(expectStatus(api.createUser("bob", "x".repeat(101), "B"), 400), why, "firstName");
        expectErrorNaming(expectStatus(api.createUser("bob", "Bob\u0000", "B"), 400), why, "firstName");
        expectStatus(api.getUser("bob"), 404, "every create of bob was refused, so there is no bob");
    }

    @Test
    @Order(5)
    @DisplayName("A body that is not a JSON object of text fields is a 400 (or 413 when too large)")
    void malformedBodies() {
        String why = "a 400 says what is wrong with the body";
        expectErrorNaming(expectStatus(api.send("POST", "/users", null, "{not json"), 400), why, "JSON");
        expectErrorNaming(expectStatus(api.send("POST", "/users", null, "[1,2]"), 400), why, "object");
        expectErrorNaming(expectStatus(api.send("POST", "/users", null, null), 400), why, "body");
        expectErrorNaming(
                expectStatus(
                        api.send("POST", "/users", null, "{\"username\":5,\"firstName\":\"A\",\"lastName\":\"B\"}"),
                        400),
                why,
                "username");
        expectErrorNaming(
                expectStatus(
                        api.send(
                                "POST",
                                "/users",
                                null,
                                "{\"username\":\"bob\",\"firstName\":\"A\",\"lastName\":\"B\",\"admin\":true}"),
                        400),
                why,
                "admin");
        expectStatus(
                api.send("POST", "/users", null, "{\"username\":\"" + "b".repeat(20_000) + "\"}"),
                413,
                "a body that large is refused unread");
        DynamoDbCalls.Snapshot calls = DynamoDbCalls.snapshot();
        assertThat(calls.total())
                .withFailMessage(
                        "Seven invalid POST /users made %s; expected none: input is validated before any DynamoDB call",
                        InPlainWords.dynamoDbCalls(calls))
                .isZero();
    }

    @Test
    @Order(6)
    @DisplayName("PATCH /users/{username} changes the names given, and only the user may do it")
    void updateUser() {
        givenUser("alice", "Alice", "Liddell");
        expectStatus(api.updateUser(null, "alice", "Alicia", null), 401, "a PATCH needs an acting user");
        expectStatus(api.updateUser("mallory", "alice", "Mal", null), 403, "only alice may change alice's names");
        ApiResponse updated =
                expectStatus(api.updateUser("alice", "alice", "Alicia", null), 200, "alice may change her own names");
        String why = "the PATCH set firstName only; lastName keeps its value";
        expectField(updated, "firstName", "Alicia", why);
        expectField(updated, "lastName", "Liddell", why);
        ApiResponse read = expectStatus(api.getUser("alice"), 200);
        expectField(read, "firstName", "Alicia", "a read after the PATCH shows the new name");
        expectField(read, "lastName", "Liddell", why);
        expectStatus(api.updateUser("ghost", "ghost", "G", null), 404, "there is no user ghost to update");
        expectStatus(api.updateUser("alice", "alice", null, null), 400, "a PATCH that changes no name is invalid");
    }

    @Test
    @Order(7)
    @DisplayName("POST /organizations needs an existing acting user, makes a slug, and refuses duplicates")
    void createOrganization() {
        givenUser("olivia", "Olivia", "Smith");
        expectStatus(api.createOrganization(null, "Olivia Org"), 401, "founding an organization needs an acting user");
        expectStatus(api.createOrganization("ghost", "Ghost Org"), 404, "there is no user ghost to found it");
        ApiResponse created = expectStatus(
                api.createOrganization("olivia", "Olivia Org"),
                201,
                "olivia exists, and no organization is called Olivia Org yet");
        expectField(created, "slug", "olivia-org", "the slug is the name in lower case with dashes");
        expectField(created, "organizationName", "Olivia Org", "the name is kept as given");
        expectStatus(
                api.createOrganization("olivia", "olivia org"),
                409,
                "\"olivia org\" has the same slug as Olivia Org, which exists");
        expectErrorNaming(
                expectStatus(api.createOrganization("olivia", "bad#name"), 400),
                "a 400 names the field to fix",
                "organizationName");
        ApiResponse read = expectStatus(api.getOrganization("olivia-org"), 200);
        expectField(read, "foundingUser", "olivia", "olivia founded olivia-org");
        expectStatus(api.getOrganization("no-such-org"), 404, "there is no organization no-such-org");
    }

    @Test
    @Order(8)
    @DisplayName("The founder of an organization is its Owner")
    void founderIsOwner() {
        givenUser("olivia", "Olivia", "Smith");
        givenOrganization("olivia", "olivia-org");
        ApiResponse founder = expectStatus(
                api.getMembership("olivia-org", "olivia"),
                200,
                "creating an organization also makes its founder a member");
        expectField(founder, "role", "Owner", "the founder of an organization is its Owner");
    }

    @Test
    @Order(9)
    @DisplayName("Only an Owner or Admin may add members; the organization and the user must exist")
    void addMemberRules() {
        givenUsers("olivia", "michael", "adam", "nina");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "michael", "Member");
        givenMember("olivia", "olivia-org", "adam", "Admin");
        expectStatus(api.addMember("michael", "olivia-org", "nina", "Member"), 403, "michael is only a Member");
        expectStatus(api.addMember("nina", "olivia-org", "nina", "Member"), 403, "nina is no member at all");
        expectStatus(api.addMember(null, "olivia-org", "nina", "Member"), 401, "adding a member needs an acting user");
        expectStatus(api.addMember("olivia", "olivia-org", "ghost", "Member"), 404, "there is no user ghost");
        expectStatus(
                api.addMember("olivia", "no-such-org", "nina", "Member"), 404, "there is no organization no-such-org");
        expectErrorNaming(
                expectStatus(api.addMember("olivia", "olivia-org", "nina", "King"), 400),
                "a 400 names the field to fix",
                "role");
        expectStatus(
                api.addMember("adam", "olivia-org", "nina", "Member"),
                201,
                "adam is an Admin, and Admins may add members");
        expectStatus(api.addMember("olivia", "olivia-org", "nina", "Admin"), 409, "nina is a member already");
    }

    @Test
    @Order(10)
    @DisplayName("PATCH a membership changes the role; only an Owner or Admin may, and only for a member")
    void changeRoleRules() {
        givenUsers("olivia", "michael", "nina");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "michael", "Member");
        expectStatus(
                api.changeRole("michael", "olivia-org", "michael", "Admin"),
                403,
                "a Member may not promote anyone, themselves included");
        ApiResponse changed = expectStatus(
                api.changeRole("olivia", "olivia-org", "michael", "Admin"),
                200,
                "the Owner may change a member's role");
        expectField(changed, "role", "Admin", "the PATCH answers with the membership as changed");
        expectStatus(
                api.changeRole("olivia", "olivia-org", "nina", "Admin"),
                404,
                "nina is no member whose role could change");
        expectStatus(
                api.changeRole("olivia", "olivia-org", "michael", "owner"),
                400,
                "roles are Owner, Admin and Member, spelt so");
    }

    @Test
    @Order(11)
    @DisplayName("DELETE a membership removes it (204); only an Owner or Admin may, and only an existing one")
    void removeMemberRules() {
        givenUsers("olivia", "michael", "nina");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "michael", "Member");
        givenMember("olivia", "olivia-org", "nina", "Member");
        expectStatus(api.removeMember("nina", "olivia-org", "michael"), 403, "nina is only a Member");
        expectStatus(api.removeMember("olivia", "olivia-org", "michael"), 204, "the Owner may remove a member");
        expectStatus(api.getMembership("olivia-org", "michael"), 404, "michael was just removed");
        expectStatus(api.removeMember("olivia", "olivia-org", "michael"), 404, "michael is no member any more");
    }

    @Test
    @Order(12)
    @DisplayName("Unknown routes are 404, wrong methods 405, bad path encoding 400, with JSON errors")
    void routing() {
        expectErrorNaming(
                expectStatus(api.send("GET", "/nowhere", null, null), 404),
                "a 404 names the path it has no route for",
                "/nowhere");
        expectErrorNaming(
                expectStatus(api.send("DELETE", "/users/alice", null, null), 405),
                "a 405 names the methods allowed",
                "GET");
        expectStatus(api.send("PUT", "/organizations", null, "{}"), 405, "only POST creates organizations");
        expectStatus(api.send("GET", "/users/%zz", null, null), 400, "%zz is no valid percent-encoding");
        expectStatus(api.send("GET", "/users/alice%23ORG%23x", null, null), 400, "# is not allowed in a username");
    }

    @Test
    @Order(13)
    @DisplayName("A DynamoDB throttle is a 503 with Retry-After; an unexpected failure a generic 500")
    void dynamoDbFailures() {
        // Users nobody has read or written: whatever a step caches, these reads go to DynamoDB.
        DynamoDbCalls.failNext("GetItem", DynamoDbFaults.EVERY_ATTEMPT, DynamoDbFaults::throttled);
        ApiResponse throttled = api.getUser("carol");
        expectStatus(
                throttled,
                503,
                "DynamoDB throttled the read: the caller should retry, not be told carol does not exist");
        expectErrorNaming(throttled, "a 503 tells the caller to retry", "retry");
        DynamoDbCalls.failNext("GetItem", 1, () -> new IllegalStateException("something nobody expected"));
        ApiResponse broken = api.sendWithHeaders("GET", "/users/dave", Map.of(), null);
        expectStatus(broken, 500, "an error nobody expected is a 500");
        assertThat(broken.error())
                .withFailMessage(
                        "%s; expected the generic error \"Internal error.\": what went wrong belongs in the log, not in the answer",
                        broken)
                .isEqualTo("Internal error.");
        assertThat(broken.body())
                .withFailMessage(
                        "%s; expected no exception or stack trace in the body: callers must not see the service's insides",
                        broken)
                .doesNotContain("Exception", "nobody expected", "at workshop");
    }
}
