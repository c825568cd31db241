package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * What the account service does, whatever the step: every route, every error status, validation.
 * Each step runs these, so a step that breaks the API is caught. None of them depends on how fresh
 * a cache is: no entity is read before the write whose result a check then reads.
 */
public class ServiceBehaviourChecks extends StepChecks {

  @Test
  @DisplayName("The walkthrough works: two users, an organization, a member added and looked up")
  void walkthrough() {
    ApiResponse olivia = expectStatus(api.createUser("oliviaowner", "Olivia", "Smith"), 201);
    assertThat(olivia.field("username")).isEqualTo("oliviaowner");
    expectStatus(api.createUser("membermichael", "Michael", "Scott"), 201);
    ApiResponse organization = expectStatus(api.createOrganization("oliviaowner", "olivia-org"), 201);
    assertThat(organization.field("slug")).isEqualTo("olivia-org");
    assertThat(organization.field("foundingUser")).isEqualTo("oliviaowner");
    expectStatus(api.addMember("oliviaowner", "olivia-org", "membermichael", "Member"), 201);
    ApiResponse membership = expectStatus(api.getMembership("olivia-org", "membermichael"), 200);
    assertThat(membership.field("role")).isEqualTo("Member");
  }

  @Test
  @DisplayName("GET /users/{username} returns the user with every attribute, or 404")
  void getUser() {
    givenUser("alice", "Alice", "Liddell");
    ApiResponse alice = expectStatus(api.getUser("alice"), 200);
    assertThat(alice.json().toString()).isEqualTo("{\"username\":\"alice\",\"firstName\":\"Alice\",\"lastName\":\"Liddell\"}");
    assertThat(expectStatus(api.getUser("nobody"), 404).error()).contains("nobody");
  }

  @Test
  @DisplayName("A second POST /users with the same username is a 409 and changes nothing")
  void duplicateUser() {
    givenUser("alice", "Alice", "Liddell");
    expectStatus(api.createUser("alice", "Another", "Alice"), 409);
    assertThat(expectStatus(api.getUser("alice"), 200).field("firstName")).isEqualTo("Alice");
  }

  @Test
  @DisplayName("POST /users with a missing, empty or invalid field is a 400 naming the field")
  void invalidUsers() {
    assertThat(expectStatus(api.send("POST", "/users", null, AccountApi.body("username", "bob", "lastName", "B")), 400).error()).contains("firstName");
    assertThat(expectStatus(api.createUser("Bob#ORG#x", "Bob", "B"), 400).error()).contains("username");
    assertThat(expectStatus(api.createUser("", "Bob", "B"), 400).error()).contains("username");
    assertThat(expectStatus(api.createUser("bob", "   ", "B"), 400).error()).contains("firstName");
    assertThat(expectStatus(api.createUser("bob", "x".repeat(101), "B"), 400).error()).contains("firstName");
    assertThat(expectStatus(api.createUser("bob", "Bob\u0000", "B"), 400).error()).contains("firstName");
    expectStatus(api.getUser("bob"), 404);
  }

  @Test
  @DisplayName("A body that is not a JSON object of text fields is a 400 (or 413 when too large)")
  void malformedBodies() {
    assertThat(expectStatus(api.send("POST", "/users", null, "{not json"), 400).error()).contains("JSON");
    assertThat(expectStatus(api.send("POST", "/users", null, "[1,2]"), 400).error()).contains("object");
    assertThat(expectStatus(api.send("POST", "/users", null, null), 400).error()).contains("body");
    assertThat(expectStatus(api.send("POST", "/users", null, "{\"username\":5,\"firstName\":\"A\",\"lastName\":\"B\"}"), 400).error()).contains("username");
    assertThat(expectStatus(api.send("POST", "/users", null, "{\"username\":\"bob\",\"firstName\":\"A\",\"lastName\":\"B\",\"admin\":true}"), 400).error()).contains("admin");
    expectStatus(api.send("POST", "/users", null, "{\"username\":\"" + "b".repeat(20_000) + "\"}"), 413);
    assertThat(DynamoDbCalls.snapshot().total()).as("DynamoDB calls made for invalid requests").isZero();
  }

  @Test
  @DisplayName("PATCH /users/{username} changes the names given, and only the user may do it")
  void updateUser() {
    givenUser("alice", "Alice", "Liddell");
    expectStatus(api.updateUser(null, "alice", "Alicia", null), 401);
    expectStatus(api.updateUser("mallory", "alice", "Mal", null), 403);
    ApiResponse updated = expectStatus(api.updateUser("alice", "alice", "Alicia", null), 200);
    assertThat(updated.field("firstName")).isEqualTo("Alicia");
    assertThat(updated.field("lastName")).isEqualTo("Liddell");
    ApiResponse read = expectStatus(api.getUser("alice"), 200);
    assertThat(read.field("firstName")).isEqualTo("Alicia");
    assertThat(read.field("lastName")).isEqualTo("Liddell");
    expectStatus(api.updateUser("ghost", "ghost", "G", null), 404);
    expectStatus(api.updateUser("alice", "alice", null, null), 400);
  }

  @Test
  @DisplayName("POST /organizations needs an existing acting user, makes a slug, and refuses duplicates")
  void createOrganization() {
    givenUser("olivia", "Olivia", "Smith");
    expectStatus(api.createOrganization(null, "Olivia Org"), 401);
    expectStatus(api.createOrganization("ghost", "Ghost Org"), 404);
    ApiResponse created = expectStatus(api.createOrganization("olivia", "Olivia Org"), 201);
    assertThat(created.field("slug")).isEqualTo("olivia-org");
    assertThat(created.field("organizationName")).isEqualTo("Olivia Org");
    expectStatus(api.createOrganization("olivia", "olivia org"), 409);
    assertThat(expectStatus(api.createOrganization("olivia", "bad#name"), 400).error()).contains("organizationName");
    ApiResponse read = expectStatus(api.getOrganization("olivia-org"), 200);
    assertThat(read.field("foundingUser")).isEqualTo("olivia");
    expectStatus(api.getOrganization("no-such-org"), 404);
  }

  @Test
  @DisplayName("The founder of an organization is its Owner")
  void founderIsOwner() {
    givenUser("olivia", "Olivia", "Smith");
    givenOrganization("olivia", "olivia-org");
    assertThat(expectStatus(api.getMembership("olivia-org", "olivia"), 200).field("role")).isEqualTo("Owner");
  }

  @Test
  @DisplayName("Only an Owner or Admin may add members; the organization and the user must exist")
  void addMemberRules() {
    givenUsers("olivia", "michael", "adam", "nina");
    givenOrganization("olivia", "olivia-org");
    givenMember("olivia", "olivia-org", "michael", "Member");
    givenMember("olivia", "olivia-org", "adam", "Admin");
    expectStatus(api.addMember("michael", "olivia-org", "nina", "Member"), 403);
    expectStatus(api.addMember("nina", "olivia-org", "nina", "Member"), 403);
    expectStatus(api.addMember(null, "olivia-org", "nina", "Member"), 401);
    expectStatus(api.addMember("olivia", "olivia-org", "ghost", "Member"), 404);
    expectStatus(api.addMember("olivia", "no-such-org", "nina", "Member"), 404);
    assertThat(expectStatus(api.addMember("olivia", "olivia-org", "nina", "King"), 400).error()).contains("role");
    expectStatus(api.addMember("adam", "olivia-org", "nina", "Member"), 201);
    expectStatus(api.addMember("olivia", "olivia-org", "nina", "Admin"), 409);
  }

  @Test
  @DisplayName("PATCH a membership changes the role; only an Owner or Admin may, and only for a member")
  void changeRoleRules() {
    givenUsers("olivia", "michael", "nina");
    givenOrganization("olivia", "olivia-org");
    givenMember("olivia", "olivia-org", "michael", "Member");
    expectStatus(api.changeRole("michael", "olivia-org", "michael", "Admin"), 403);
    ApiResponse changed = expectStatus(api.changeRole("olivia", "olivia-org", "michael", "Admin"), 200);
    assertThat(changed.field("role")).isEqualTo("Admin");
    expectStatus(api.changeRole("olivia", "olivia-org", "nina", "Admin"), 404);
    expectStatus(api.changeRole("olivia", "olivia-org", "michael", "owner"), 400);
  }

  @Test
  @DisplayName("DELETE a membership removes it (204); only an Owner or Admin may, and only an existing one")
  void removeMemberRules() {
    givenUsers("olivia", "michael", "nina");
    givenOrganization("olivia", "olivia-org");
    givenMember("olivia", "olivia-org", "michael", "Member");
    givenMember("olivia", "olivia-org", "nina", "Member");
    expectStatus(api.removeMember("nina", "olivia-org", "michael"), 403);
    expectStatus(api.removeMember("olivia", "olivia-org", "michael"), 204);
    expectStatus(api.getMembership("olivia-org", "michael"), 404);
    expectStatus(api.removeMember("olivia", "olivia-org", "michael"), 404);
  }

  @Test
  @DisplayName("Unknown routes are 404, wrong methods 405, bad path encoding 400, with JSON errors")
  void routing() {
    assertThat(expectStatus(api.send("GET", "/nowhere", null, null), 404).error()).contains("/nowhere");
    assertThat(expectStatus(api.send("DELETE", "/users/alice", null, null), 405).error()).contains("GET");
    expectStatus(api.send("PUT", "/organizations", null, "{}"), 405);
    expectStatus(api.send("GET", "/users/%zz", null, null), 400);
    expectStatus(api.send("GET", "/users/alice%23ORG%23x", null, null), 400);
  }

  @Test
  @DisplayName("A DynamoDB throttle is a 503 with Retry-After; an unexpected failure a generic 500")
  void dynamoDbFailures() {
    // Users nobody has read or written: whatever a step caches, these reads go to DynamoDB.
    DynamoDbCalls.failNext("GetItem", DynamoDbFaults.EVERY_ATTEMPT, DynamoDbFaults::throttled);
    ApiResponse throttled = api.getUser("carol");
    expectStatus(throttled, 503);
    assertThat(throttled.error()).contains("retry");
    DynamoDbCalls.failNext("GetItem", 1, () -> new IllegalStateException("something nobody expected"));
    ApiResponse broken = api.sendWithHeaders("GET", "/users/dave", Map.of(), null);
    expectStatus(broken, 500);
    assertThat(broken.error()).isEqualTo("Internal error.");
    assertThat(broken.body()).doesNotContain("Exception", "nobody expected", "at workshop");
  }
}
