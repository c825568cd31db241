package workshop.verification.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import workshop.verification.PristineSteps;

/**
 * Eight virtual clients (one handler each, like eight Lambda environments) on a caching step's
 * reference solution. No acknowledged write is lost and no request fails, on either step. Step 3
 * (write-aside) leaves every cached entry of a single-writer entity as DynamoDB has it, and a
 * membership removed with 204 is never readable right after. Step 2 (read-aside) is stale after
 * writes by design: the test reports how many entries were stale at the end and holds only the
 * bound, its 60 s TTL.
 */
class ConcurrencyTest {
    private static int perClient() {
        return Boolean.getBoolean("workshop.soak") ? 1500 : 60;
    }

    @Test
    void readAsideStalenessIsBoundedByTheTtl() throws Exception {
        try (RobustnessBench bench = new RobustnessBench(
                PristineSteps.solutionHandlers("step-2"), "robustness-step2-concurrency", Duration.ofMillis(500))) {
            assumeTrue(bench.hasLocalMomento(), "needs the local Momento server");
            ConcurrentClients.Result result = new ConcurrentClients(bench, 8, perClient(), 2_2024L).run();
            result.figures("step2.concurrency").print();
            assertThat(result.serverErrors()).isZero();
            assertThat(result.lostWrites()).as("%s", result.problems()).isZero();
            assertThat(result.audit().longestStaleTtl()).isLessThanOrEqualTo(Duration.ofSeconds(60));
            bench.momento().clock().advance(Duration.ofSeconds(61));
            assertThat(bench.auditor().audit().stale())
                    .as("stale entries once the TTL has passed")
                    .isEmpty();
        }
    }

    @Test
    void writeAsideLeavesTheCacheAsDynamoDbHasIt() throws Exception {
        try (RobustnessBench bench = new RobustnessBench(
                PristineSteps.solutionHandlers("step-3"), "robustness-step3-concurrency", Duration.ofMillis(500))) {
            assumeTrue(bench.hasLocalMomento(), "needs the local Momento server");
            ConcurrentClients.Result result = new ConcurrentClients(bench, 8, perClient(), 3_2024L).run();
            result.figures("step3.concurrency").print();
            result.problems().forEach(p -> System.out.println("  problem: " + p));
            result.audit().stale().forEach(s -> System.out.println("  stale: " + s));
            assertThat(result.serverErrors()).isZero();
            assertThat(result.unexpectedStatuses()).isZero();
            assertThat(result.lostWrites()).isZero();
            assertThat(result.readableAfterDelete()).isZero();
            assertThat(result.staleOwned())
                    .as("stale entries of single-writer entities: %s", result.audit())
                    .isZero();
            assertThat(result.audit().foreignKeys()).isEmpty();
        }
    }
}
