package workshop.step2.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import workshop.kit.robustness.ConcurrentClients;
import workshop.kit.robustness.RobustnessBench;
import workshop.step2.ThisStep;

/**
 * The same eight concurrent clients on step 2's solution. Read-aside leaves entries stale after
 * writes by design: the test reports how many were stale at the end and how long they could still
 * be served (their remaining TTL), and holds only that bound (60 s) and what DynamoDB must hold.
 */
class ConcurrencyTest {
  @Test
  void eightClientsStalenessIsBoundedByTheTtl() throws Exception {
    int perClient = Boolean.getBoolean("workshop.soak") ? 1500 : 60;
    try (RobustnessBench bench = new RobustnessBench(ThisStep.HANDLER, "robustness-step2-concurrency", Duration.ofMillis(500))) {
      assumeTrue(bench.hasLocalMomento(), "needs the local Momento server");
      ConcurrentClients.Result result = new ConcurrentClients(bench, 8, perClient, 2_2024L).run();
      result.figures("step2.concurrency").print();
      assertThat(result.serverErrors()).isZero();
      assertThat(result.lostWrites()).as("%s", result.problems()).isZero();
      assertThat(result.audit().longestStaleTtl()).isLessThanOrEqualTo(Duration.ofSeconds(60));
      bench.momento().clock().advance(Duration.ofSeconds(61));
      assertThat(bench.auditor().audit().stale()).as("stale entries once the TTL has passed").isEmpty();
    }
  }
}
