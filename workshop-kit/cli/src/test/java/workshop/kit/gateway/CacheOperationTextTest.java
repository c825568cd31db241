package workshop.kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

class CacheOperationTextTest {
    private static BackendCall describe(Operation operation, Outcome outcome, Duration ttl) {
        return CacheOperationText.describe(new CacheOperation(
                operation, "accounts", "USER#alice", Optional.ofNullable(ttl), outcome, Instant.EPOCH));
    }

    @Test
    void readsSayHitWithTheTimeLeftOrMiss() {
        assertThat(describe(Operation.GET, Outcome.HIT, Duration.ofMillis(41_200))
                        .text())
                .isEqualTo("GET USER#alice hit (expires in 42 s)");
        assertThat(describe(Operation.GET, Outcome.MISS, null).text()).isEqualTo("GET USER#alice miss");
    }

    @Test
    void writesSayTheirTtl() {
        assertThat(describe(Operation.SET, Outcome.STORED, Duration.ofSeconds(1800))
                        .text())
                .isEqualTo("SET USER#alice ttl 1800 s");
        assertThat(describe(Operation.SET_IF_NOT_EXISTS, Outcome.STORED, Duration.ofSeconds(60))
                        .text())
                .isEqualTo("SET-IF-ABSENT USER#alice stored, ttl 60 s");
        assertThat(describe(Operation.SET_IF_NOT_EXISTS, Outcome.NOT_STORED, Duration.ofSeconds(60))
                        .text())
                .isEqualTo("SET-IF-ABSENT USER#alice kept the entry already cached");
    }

    @Test
    void deletesSayWhetherThereWasAnEntry() {
        assertThat(describe(Operation.DELETE, Outcome.DELETED, null).text()).isEqualTo("DELETE USER#alice");
        assertThat(describe(Operation.DELETE, Outcome.MISS, null).text())
                .isEqualTo("DELETE USER#alice (was not cached)");
    }

    @Test
    void failuresAreMarkedAndSayWhat() {
        BackendCall failed = describe(Operation.SET, Outcome.FAILED, null);
        assertThat(failed.failed()).isTrue();
        assertThat(failed.text()).isEqualTo("SET USER#alice FAILED (the cache was unavailable)");
        assertThat(describe(Operation.GET, Outcome.TIMED_OUT, null).text())
                .isEqualTo("GET USER#alice TIMED OUT (the client had given up waiting)");
        assertThat(describe(Operation.GET, Outcome.NO_SUCH_CACHE, null).text())
                .isEqualTo("GET USER#alice FAILED (no cache named 'accounts')");
        assertThat(describe(Operation.GET, Outcome.HIT, Duration.ofSeconds(1)).failed())
                .isFalse();
    }
}
