package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.accounts.clients.Clients;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.User;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;

/**
 * How long cached entries live: exactly the step's TTL, whichever path stored them. Time moves by
 * advancing the local Momento server's clock, never by sleeping.
 */
public class TtlChecks extends StepChecks {

    @Test
    @Order(1)
    @EveryRequest
    @DisplayName("Every cache store, reads' and writes' alike, \"not found\" included, has this step's TTL")
    void everyStoreHasTheStepsTtl() {
        momento();
        givenWhatEveryKindOfRequestNeeds();
        int mark = cacheLogMark();
        expectStatus(api.getUser("alice"), 200);
        expectStatus(api.getOrganization("olivia-org"), 200);
        expectStatus(api.getMembership("olivia-org", "olivia"), 200);
        expectStatus(api.getUser("nobody"), 404);
        expectTtl("GET /users/alice", "USER#alice", mark);
        expectTtl("GET /organizations/olivia-org", "ORG#olivia-org", mark);
        expectTtl("GET /organizations/olivia-org/members/olivia", "MEMBER#olivia-org#olivia", mark);
        expectTtl("GET /users/nobody (not found)", "USER#nobody", mark);
        // Every other path too: whatever a write stores (in step 3, its new state, or "not found"
        // after a removal) lives as long as what reads store.
        for (PlannedRequest request : everyKindOfRequest(api)) {
            int before = cacheLogMark();
            ApiResponse response = expectStatus(request.send().get(), request.expectedStatus());
            for (CacheOperation store : cacheCallsSince(before)) {
                if (store.operation() == Operation.SET || store.operation() == Operation.SET_IF_NOT_EXISTS) {
                    store.ttl()
                            .ifPresent(
                                    ttl -> expectStepsTtl(
                                            response.request(),
                                            store.key(),
                                            ttl.toSeconds(),
                                            " (one TTL for every store, reads' and writes' alike: pass CACHE_TTL, and write no other TTL in the class)"));
                }
            }
        }
    }

    @Test
    @Order(2)
    @DisplayName("A cached entry is served until its TTL ends, and read from DynamoDB again after")
    void entriesExpireAfterTheTtl() {
        momento();
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
        expectStatus(api.getUser("alice"), 200);
        momento().clock().advance(stepTtl().minusSeconds(1));
        expectNoDynamoDbRead(
                "one second before its " + stepTtl().toSeconds() + " s TTL ends, the entry is still cached",
                () -> api.getUser("alice"));
        momento().clock().advance(Duration.ofSeconds(2));
        expectDynamoDbReads(
                1,
                (stepTtl().toSeconds() + 1) + " s after it was cached, the entry has expired",
                () -> api.getUser("alice"));
    }

    @Test
    @Order(3)
    @DisplayName("A change made behind the cache's back is served stale until the TTL ends, then fresh")
    void stalenessIsBoundedByTheTtl() {
        momento();
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
        expectStatus(api.getUser("alice"), 200);
        tableBehindTheCache.updateUserNames("alice", new NameChange(Optional.of("Alicia"), Optional.empty()));

        momento().clock().advance(stepTtl().minusSeconds(1));
        ApiResponse beforeExpiry = expectNoDynamoDbRead(
                "one second before its " + stepTtl().toSeconds() + " s TTL ends, the entry is still cached",
                () -> api.getUser("alice"));
        assertThat(beforeExpiry.field("firstName"))
                .withFailMessage(
                        "%s s after caching, a change written straight to DynamoDB should still be hidden by the cached entry, but %s",
                        stepTtl().toSeconds() - 1, beforeExpiry)
                .isEqualTo("Alice");

        momento().clock().advance(Duration.ofSeconds(2));
        ApiResponse afterExpiry = expectStatus(api.getUser("alice"), 200);
        expectField(
                afterExpiry,
                "firstName",
                "Alicia",
                "once the " + stepTtl().toSeconds()
                        + " s TTL is over, the entry has expired and the change made in DynamoDB must show: the TTL bounds how long a read can be stale");
    }

    private void expectTtl(String request, String key, int mark) {
        Optional<Duration> remaining = momento().remainingTtl(settings.cacheName(), key);
        if (remaining.isEmpty()) {
            fail(
                    "After %s there is no %s in the cache, so its TTL cannot be read: %s",
                    request, key, whyNotCached(key, mark));
        }
        long seconds = remaining.get().toSeconds();
        expectStepsTtl(
                request,
                key,
                seconds,
                seconds > stepTtl().toSeconds()
                        ? " (too long: a change made behind the cache's back would be served stale longer than this step promises)"
                        : " (too short: entries are read from DynamoDB again sooner than they need to be)");
    }

    /** {@code why} says why the TTL matters, unless the TTL is the client's default: then it says that. */
    private void expectStepsTtl(String request, String key, long seconds, String why) {
        String shown = seconds == Clients.DEFAULT_TTL.toSeconds()
                ? " (that is the client's default TTL: the set named no TTL; pass CACHE_TTL to every store)"
                : why;
        assertThat(seconds)
                .withFailMessage(
                        "%s stored %s with a TTL of %s s; this step caches for %s s%s",
                        request, key, seconds, stepTtl().toSeconds(), shown)
                .isEqualTo(stepTtl().toSeconds());
    }
}
