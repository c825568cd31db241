package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.accounts.clients.Clients;

/**
 * Write-aside: every successful write puts the new state into the cache, under the key the reads
 * use, with the step's TTL; the read that follows is a fresh hit with no DynamoDB read.
 */
public class WriteAsideChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("POST /users caches the new user: the next GET is a hit with no DynamoDB read")
    void createUserIsCached() {
        int mark = cacheLogMark();
        givenUser("alice", "Alice", "Liddell");
        expectCached("POST /users alice", "USER#alice", "\"firstName\":\"Alice\"", mark);
        ApiResponse read = expectNoDynamoDbRead("the POST just cached alice", () -> api.getUser("alice"));
        expectField(read, "lastName", "Liddell", "alice was created as Alice Liddell");
    }

    @Test
    @Order(2)
    @DisplayName("PATCH /users/{username} refreshes the cached user: a GET right after shows the new names")
    void updateUserRefreshesTheCache() {
        givenUser("alice", "Alice", "Liddell");
        expectStatus(api.getUser("alice"), 200);
        int mark = cacheLogMark();
        expectStatus(api.updateUser("alice", "alice", "Alicia", null), 200, "alice may change her own names");
        expectCached("PATCH /users/alice (firstName Alicia)", "USER#alice", "\"firstName\":\"Alicia\"", mark);
        ApiResponse read = expectNoDynamoDbRead("the PATCH just cached the updated alice", () -> api.getUser("alice"));
        expectField(
                read,
                "firstName",
                "Alicia",
                "right after the PATCH, the cache must hold the new name, or every read shows the old one for the whole TTL");
        expectField(
                read,
                "lastName",
                "Liddell",
                "the PATCH changed firstName only: cache the user as updateUserNames returns it (every attribute), not the partial change");
    }

    @Test
    @Order(3)
    @DisplayName("POST /organizations caches the organization and the founder's Owner membership")
    void createOrganizationIsCached() {
        givenUser("olivia", "Olivia", "Smith");
        int mark = cacheLogMark();
        givenOrganization("olivia", "Olivia Org");
        expectCached("POST /organizations Olivia Org", "ORG#olivia-org", "\"foundingUser\":\"olivia\"", mark);
        expectCached(
                "POST /organizations Olivia Org (the founder's membership)",
                "MEMBER#olivia-org#olivia",
                "\"role\":\"Owner\"",
                mark);
        expectNoDynamoDbRead("the POST just cached the organization", () -> api.getOrganization("olivia-org"));
        ApiResponse founder = expectNoDynamoDbRead(
                "the POST just cached the founder's membership", () -> api.getMembership("olivia-org", "olivia"));
        expectField(founder, "role", "Owner", "the founder of an organization is its Owner");
    }

    @Test
    @Order(4)
    @DisplayName("Adding a member caches the membership: a lookup right after is a hit")
    void addMemberIsCached() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        int mark = cacheLogMark();
        givenMember("olivia", "olivia-org", "michael", "Member");
        expectCached(
                "POST /organizations/olivia-org/members michael",
                "MEMBER#olivia-org#michael",
                "\"role\":\"Member\"",
                mark);
        ApiResponse read = expectNoDynamoDbRead(
                "the add just cached michael's membership", () -> api.getMembership("olivia-org", "michael"));
        expectField(read, "role", "Member", "michael was added as a Member");
    }

    @Test
    @Order(5)
    @DisplayName("Changing a role refreshes the cached membership: a lookup right after shows the new role")
    void changeRoleRefreshesTheCache() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "michael", "Member");
        expectStatus(api.getMembership("olivia-org", "michael"), 200);
        int mark = cacheLogMark();
        expectStatus(
                api.changeRole("olivia", "olivia-org", "michael", "Admin"),
                200,
                "the Owner may change a member's role");
        expectCached(
                "PATCH /organizations/olivia-org/members/michael (role Admin)",
                "MEMBER#olivia-org#michael",
                "\"role\":\"Admin\"",
                mark);
        ApiResponse read = expectNoDynamoDbRead(
                "the role change just cached the membership", () -> api.getMembership("olivia-org", "michael"));
        expectField(
                read,
                "role",
                "Admin",
                "right after the role change, permission checks must see the new role, not the cached old one for the whole TTL");
    }

    /** The write left this value under this key, with the step's TTL. */
    private void expectCached(String write, String key, String expectedJsonPart, int mark) {
        Optional<String> value = momento().peek(settings.cacheName(), key);
        if (value.isEmpty()) {
            fail(
                    "After %s there is no %s in the cache: a successful write must put the new state into the cache, under the key reads use; %s",
                    write, key, whyWriteNotCached(key, mark));
        }
        assertThat(value.get())
                .withFailMessage(
                        "After %s, %s; expected the new state, with %s: the next read is served from this entry",
                        write, InPlainWords.entry(key, value), expectedJsonPart)
                .contains(expectedJsonPart);
        Optional<Duration> remaining = momento().remainingTtl(settings.cacheName(), key);
        long seconds = remaining.map(Duration::toSeconds).orElse(0L);
        String why = seconds == Clients.DEFAULT_TTL.toSeconds()
                ? " (that is the client's default TTL: the set named no TTL; pass CACHE_TTL)"
                : " (every store, reads and writes alike, uses CACHE_TTL)";
        assertThat(seconds)
                .withFailMessage(
                        "%s stored %s with a TTL of %s s; this step caches for %s s%s",
                        write, key, seconds, stepTtl().toSeconds(), why)
                .isEqualTo(stepTtl().toSeconds());
    }
}
