package workshop.step2.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import workshop.kit.momento.Operation;
import workshop.kit.robustness.MomentoOutageDrill;
import workshop.kit.robustness.RobustnessBench;
import workshop.step2.Handler;

/**
 * Step 2's solution through Momento outages. Read-aside is stale by design for up to 60 s after a
 * write, so the drill moves the clock past the TTL after every acknowledged write: from then on a
 * correct service answers exactly DynamoDB's state. Every answer right, none 5xx, and once the
 * fault clears, no stale entry in the cache (or served).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MomentoFaultsTest {
  private static final long SEED = 2_02_2024L;
  private static final Duration DEADLINE = Duration.ofMillis(250);
  private RobustnessBench bench;
  private MomentoOutageDrill drill;

  @BeforeAll
  void setUp() {
    bench = new RobustnessBench(Handler::new, "robustness-step2-faults", DEADLINE);
    assumeTrue(bench.hasLocalMomento(), "needs the workshop's local Momento server (faults, peeks)");
    drill = new MomentoOutageDrill(bench, SEED, 40, true);
  }

  @AfterAll
  void tearDown() {
    if (bench != null) bench.close();
  }

  @Test
  void everyGetFailing() {
    expectCorrect(drill.run("every-get-fails", 40, s -> s.faults().fail(Operation.GET)), true);
  }

  @Test
  void everySetFailing() {
    expectCorrect(drill.run("every-set-fails", 60, s -> s.faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS)), true);
  }

  @Test
  void everyCallSlowerThanTheDeadline() {
    expectCorrect(drill.run("every-call-slower-than-deadline", 8,
        s -> s.faults().delay(DEADLINE.plusMillis(150), MomentoOutageDrill.DATA_OPERATIONS)), true);
  }

  @Test
  void aRandomSeededShareFailing() {
    expectCorrect(drill.run("random-30pct-fail", 100,
        s -> s.faults().failRandomly(0.3, SEED, MomentoOutageDrill.DATA_OPERATIONS)), true);
  }

  @Test
  void theServerGoneAndBack() {
    expectCorrect(drill.runServerGone(30), true);
  }

  private static void expectCorrect(MomentoOutageDrill.Result result, boolean noStaleAllowed) {
    result.figures("step2.momento-faults").print();
    result.problems().forEach(p -> System.out.println("  problem: " + p));
    result.audit().stale().forEach(s -> System.out.println("  stale: " + s));
    assertThat(result.serverErrorsDuring() + result.serverErrorsAfter()).as("5xx answers").isZero();
    assertThat(result.wrongDuring()).as("wrong answers while the fault was on: %s", result.problems()).isZero();
    assertThat(result.modelVersusTable()).as("model vs DynamoDB").isEmpty();
    assertThat(result.audit().foreignKeys()).isEmpty();
    if (noStaleAllowed) {
      assertThat(result.audit().stale()).as("stale cache entries after the fault cleared").isEmpty();
      assertThat(result.wrongAfter()).as("wrong answers after the fault cleared: %s", result.problems()).isZero();
    } else {
      // Stale entries are only allowed where the write path's SET and its fallback DELETE both failed.
      assertThat(result.unexplainedStale()).as("stale entries not explained by a failed invalidation: %s", result.audit()).isZero();
    }
  }
}
