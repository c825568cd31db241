package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.User;

/**
 * The bonus race: a read misses, reads the old user from DynamoDB, and is slow to store it; a
 * write lands and caches the new user in between; then the read's store arrives. The local
 * Momento server holds the read's store and runs the write first, so the interleaving is the same
 * every run, with no sleeps.
 */
public class RaceChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("A slow read that loaded the old user does not put it back over the newer one a write cached")
    void slowReadDoesNotOverwriteANewerWrite() {
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
        AtomicReference<ApiResponse> writeInBetween = new AtomicReference<>();
        momento().onNextWrite("USER#alice", () -> writeInBetween.set(api.updateUser("alice", "alice", "Alicia", null)));

        expectStatus(api.getUser("alice"), 200);

        assertThat(writeInBetween.get())
                .withFailMessage(
                        "GET /users/alice never stored its result in the cache, so the race could not be staged")
                .isNotNull();
        expectStatus(writeInBetween.get(), 200, "the PATCH landing while the read was on its way back must succeed");
        String cached = momento().peek(settings.cacheName(), "USER#alice").orElse("(nothing)");
        assertThat(cached)
                .withFailMessage(
                        "The read loaded Alice before the PATCH to Alicia, stored it after, and the cache now holds %s: the old name would be served for the whole TTL",
                        cached)
                .contains("\"firstName\":\"Alicia\"");
        expectField(
                expectStatus(api.getUser("alice"), 200),
                "firstName",
                "Alicia",
                "the PATCH to Alicia is the newest state; a read that loaded the old user before it must not put Alice back");
    }
}
