package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Role;
import workshop.kit.dynamodb.DynamoDbCalls;

/** Step 1, task 1: the membership lookup, its 404, and the permission checks that depend on it. */
public class MembershipLookupChecks extends StepChecks {

  @Test
  @DisplayName("GET /organizations/{organization}/members/{username} returns a member's role")
  void memberIsFound() {
    givenUsers("olivia", "michael");
    givenOrganization("olivia", "olivia-org");
    tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Admin));
    ApiResponse membership = api.getMembership("olivia-org", "michael");
    expectStatus(membership, 200);
    assertThat(membership.field("organization")).isEqualTo("olivia-org");
    assertThat(membership.field("username")).isEqualTo("michael");
    assertThat(membership.field("role")).isEqualTo("Admin");
  }

  @Test
  @DisplayName("Looking up someone who is not a member answers 404, saying who is not a member of what")
  void nonMemberIsNotFound() {
    givenUsers("olivia", "nina");
    givenOrganization("olivia", "olivia-org");
    ApiResponse response = api.getMembership("olivia-org", "nina");
    expectStatus(response, 404);
    assertThat(response.error()).contains("nina").contains("olivia-org");
    expectStatus(api.getMembership("no-such-org", "olivia"), 404);
  }

  @Test
  @DisplayName("A membership lookup is one GetItem on the membership's key")
  void lookupIsOneGetItem() {
    givenUsers("olivia", "michael");
    givenOrganization("olivia", "olivia-org");
    tableBehindTheCache.putNewMembership(new Membership("olivia-org", "michael", Role.Member));
    DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
    expectStatus(api.getMembership("olivia-org", "michael"), 200);
    DynamoDbCalls.Snapshot calls = callsSince(before);
    assertThat(calls.of("GetItem"))
        .withFailMessage("Looking up one membership made %s; expected exactly one GetItem", calls)
        .isEqualTo(1);
    assertThat(calls.total()).withFailMessage("Looking up one membership made %s; expected exactly one GetItem", calls).isEqualTo(1);
  }

  @Test
  @DisplayName("An Owner can add a member, and a Member cannot (permissions use the lookup)")
  void permissionsUseTheLookup() {
    givenUsers("olivia", "michael", "nina");
    givenOrganization("olivia", "olivia-org");
    expectStatus(api.addMember("olivia", "olivia-org", "michael", "Member"), 201);
    expectStatus(api.addMember("michael", "olivia-org", "nina", "Member"), 403);
  }
}
