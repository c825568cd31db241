package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;

/**
 * Stale membership data grants access that was taken away. With write-aside, removing a member
 * takes effect at once, and a member added after a "not found" was cached is found at once. The
 * clock never moves in these checks: nothing waits for a TTL.
 */
public class RevocationChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("After DELETE of a membership, the very next lookup answers 404")
    void removalIsSeenAtOnce() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "michael", "Member");
        expectStatus(api.getMembership("olivia-org", "michael"), 200, "michael was just added to olivia-org");
        expectStatus(api.removeMember("olivia", "olivia-org", "michael"), 204, "the Owner may remove a member");
        ApiResponse after = api.getMembership("olivia-org", "michael");
        assertThat(after.status())
                .withFailMessage(
                        "michael was removed from olivia-org (204), yet right after, %s: the removed membership is still being served, so a removed member keeps their access until the entry expires",
                        after)
                .isEqualTo(404);
    }

    @Test
    @Order(2)
    @DisplayName("A removed Admin can no longer add members, with no wait for any TTL")
    void removedAdminLosesAccessAtOnce() {
        givenUsers("olivia", "adam", "nina", "zed");
        givenOrganization("olivia", "olivia-org");
        givenMember("olivia", "olivia-org", "adam", "Admin");
        givenMember("adam", "olivia-org", "nina", "Member");
        expectStatus(api.removeMember("olivia", "olivia-org", "adam"), 204, "the Owner may remove an Admin");
        ApiResponse attempt = api.addMember("adam", "olivia-org", "zed", "Member");
        assertThat(attempt.status())
                .withFailMessage(
                        "adam is no longer an Admin of olivia-org, yet %s: revoked access must end at once", attempt)
                .isEqualTo(403);
    }

    @Test
    @Order(3)
    @DisplayName(
            "A membership looked up (and cached as absent) before the member was added is found right after the add")
    void addAfterNotFoundIsSeenAtOnce() {
        givenUsers("olivia", "michael");
        givenOrganization("olivia", "olivia-org");
        expectStatus(api.getMembership("olivia-org", "michael"), 404, "michael is not a member of olivia-org yet");
        givenMember("olivia", "olivia-org", "michael", "Member");
        ApiResponse after = api.getMembership("olivia-org", "michael");
        assertThat(after.status())
                .withFailMessage(
                        "michael was just added to olivia-org (201), yet %s: the \"not found\" cached by the lookup before the add is still being served, for the whole TTL",
                        after)
                .isEqualTo(200);
    }
}
