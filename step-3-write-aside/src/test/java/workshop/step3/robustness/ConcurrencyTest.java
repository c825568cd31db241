package workshop.step3.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import workshop.kit.robustness.ConcurrentClients;
import workshop.kit.robustness.RobustnessBench;
import workshop.step3.ThisStep;

/**
 * Eight virtual clients (one handler each, like eight Lambda environments) on step 3's solution:
 * afterwards every cached entry of an owned entity equals DynamoDB, no acknowledged write is lost,
 * and a membership removed with 204 is never readable right after. Entries written by several
 * clients at once (the contended "hot" user and membership) are reported, see the figures.
 */
class ConcurrencyTest {
  @Test
  void eightClientsLeaveTheCacheAsDynamoDbHasIt() throws Exception {
    int perClient = Boolean.getBoolean("workshop.soak") ? 1500 : 60;
    try (RobustnessBench bench = new RobustnessBench(ThisStep.HANDLER, "robustness-step3-concurrency", Duration.ofMillis(500))) {
      assumeTrue(bench.hasLocalMomento(), "needs the local Momento server");
      ConcurrentClients.Result result = new ConcurrentClients(bench, 8, perClient, 3_2024L).run();
      result.figures("step3.concurrency").print();
      result.problems().forEach(p -> System.out.println("  problem: " + p));
      result.audit().stale().forEach(s -> System.out.println("  stale: " + s));
      assertThat(result.serverErrors()).isZero();
      assertThat(result.unexpectedStatuses()).isZero();
      assertThat(result.lostWrites()).isZero();
      assertThat(result.readableAfterDelete()).isZero();
      assertThat(result.staleOwned()).as("stale entries of single-writer entities: %s", result.audit()).isZero();
      assertThat(result.audit().foreignKeys()).isEmpty();
    }
  }
}
