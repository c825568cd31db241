package workshop.verification.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.CsvSource;
import workshop.kit.momento.Operation;
import workshop.verification.PristineSteps;

/**
 * Each caching step's reference solution through Momento outages: every get failing, every set
 * failing, every call slower than the deadline, a seeded random share failing, the server gone and
 * back. Every answer right, none 5xx, and once the fault clears no stale entry in the cache (or
 * served).
 */
@ParameterizedClass(name = "{0}")
@CsvSource({"step-2, 2022024, true", "step-3, 3032024, false"})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MomentoFaultsTest {
    private static final Duration DEADLINE = Duration.ofMillis(250);

    @Parameter(0)
    String step;

    @Parameter(1)
    long seed;

    /**
     * Read-aside without write-aside is stale for up to its TTL after a write, so the drill moves the
     * clock past the TTL after every acknowledged write.
     */
    @Parameter(2)
    boolean staleByDesign;

    private RobustnessBench bench;
    private MomentoOutageDrill drill;

    @BeforeParameterizedClassInvocation
    void setUp() {
        bench = new RobustnessBench(PristineSteps.solutionHandlers(step), "robustness-" + step + "-faults", DEADLINE);
        assumeTrue(bench.hasLocalMomento(), "needs the workshop's local Momento server (faults, peeks)");
        drill = new MomentoOutageDrill(bench, seed, 40, staleByDesign);
    }

    @AfterParameterizedClassInvocation
    void tearDown() {
        if (bench != null) {
            bench.close();
        }
    }

    @Test
    void everyGetFailing() {
        expectCorrect(drill.run("every-get-fails", 40, s -> s.faults().fail(Operation.GET)), true);
    }

    @Test
    void everySetFailing() {
        expectCorrect(
                drill.run("every-set-fails", 60, s -> s.faults().fail(Operation.SET, Operation.SET_IF_NOT_EXISTS)),
                true);
    }

    @Test
    void everyCallSlowerThanTheDeadline() {
        expectCorrect(
                drill.run(
                        "every-call-slower-than-deadline",
                        8,
                        s -> s.faults().delay(DEADLINE.plusMillis(150), MomentoOutageDrill.DATA_OPERATIONS)),
                lostInvalidationsExpire());
    }

    @Test
    void aRandomSeededShareFailing() {
        expectCorrect(
                drill.run(
                        "random-30pct-fail",
                        100,
                        s -> s.faults().failRandomly(0.3, seed, MomentoOutageDrill.DATA_OPERATIONS)),
                lostInvalidationsExpire());
    }

    @Test
    void theServerGoneAndBack() {
        expectCorrect(drill.runServerGone(30), true);
    }

    /**
     * When a fault swallows both a write's cache set and its fallback delete, the old entry stays
     * until its TTL ends. Read-aside's drill moves the clock past the 60 s TTL after every write, so
     * nothing stale may remain; write-aside's 1800 s entries outlive the drill.
     */
    private boolean lostInvalidationsExpire() {
        return staleByDesign;
    }

    private void expectCorrect(MomentoOutageDrill.Result result, boolean noStaleAllowed) {
        result.figures(step + ".momento-faults").print();
        result.problems().forEach(p -> System.out.println("  problem: " + p));
        result.audit().stale().forEach(s -> System.out.println("  stale: " + s));
        assertThat(result.serverErrorsDuring() + result.serverErrorsAfter())
                .as("5xx answers")
                .isZero();
        assertThat(result.wrongDuring())
                .as("wrong answers while the fault was on: %s", result.problems())
                .isZero();
        assertThat(result.modelVersusTable()).as("model vs DynamoDB").isEmpty();
        assertThat(result.audit().foreignKeys()).isEmpty();
        if (noStaleAllowed) {
            assertThat(result.audit().stale())
                    .as("stale cache entries after the fault cleared")
                    .isEmpty();
            assertThat(result.wrongAfter())
                    .as("wrong answers after the fault cleared: %s", result.problems())
                    .isZero();
        } else {
            // Write-aside cannot invalidate a cache it cannot reach: stale entries are allowed only
            // where the write path's SET and its fallback DELETE both failed (docs, chapter 3, task 4).
            assertThat(result.unexplainedStale())
                    .as("stale entries not explained by a failed invalidation: %s", result.audit())
                    .isZero();
        }
    }
}
