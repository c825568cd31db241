package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

class CacheTallyTest {
    private static CacheOperation op(Operation operation, String cache, Outcome outcome) {
        return new CacheOperation(
                operation, cache, "USER#a", Optional.of(Duration.ofSeconds(60)), outcome, Instant.EPOCH);
    }

    @Test
    void countsOneCachesGetsHitsMissesAndSets() {
        List<CacheOperation> log = List.of(
                op(Operation.GET, "c", Outcome.MISS),
                op(Operation.SET_IF_NOT_EXISTS, "c", Outcome.STORED),
                op(Operation.GET, "c", Outcome.HIT),
                op(Operation.GET, "c", Outcome.HIT),
                op(Operation.GET, "c", Outcome.HIT),
                op(Operation.SET, "c", Outcome.STORED),
                op(Operation.SET_IF_NOT_EXISTS, "c", Outcome.NOT_STORED),
                op(Operation.GET, "c", Outcome.FAILED),
                op(Operation.DELETE, "c", Outcome.DELETED),
                op(Operation.GET, "other", Outcome.HIT),
                op(Operation.CREATE_CACHE, "c", Outcome.OK));
        CacheTally tally = CacheTally.of(log, "c");
        assertThat(tally).isEqualTo(new CacheTally(5, 3, 1, 3, 1, 1));
        assertThat(tally.hitRate()).isEqualTo(0.75); // the failed GET answered neither hit nor miss
    }

    @Test
    void noGetsNoHitRate() {
        assertThat(CacheTally.of(List.of(), "c").hitRate()).isNaN();
    }
}
