package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * Writes made straight to DynamoDB, behind the service's back, on the reference solutions: the
 * staleness judge takes them as it takes the service's own, and write-aside, whose cache is not
 * told of them, serves the old state for at most its TTL.
 */
class ForeignWritesTest {
    /** Small and quick: 300 requests at 1 a second, half the writes foreign, some of them racing a read. */
    private static final WorkloadSettings HALF_FOREIGN =
            new WorkloadSettings(30, 4, 3, 0.2, 1.1, 300, 1, 0.2, 1, 11).withForeignWriteShare(0.5);

    private static final List<Double> TTLS = List.of(5.0, 60.0, 1800.0);
    /** The cache expires entries to the nanosecond; this only absorbs the sweep's rescaling of times. */
    private static final double TOLERANCE_SECONDS = 0.001;

    @Test
    void writeAsidesStalenessFromForeignWritesGrowsWithItsTtlAndNeverOutlivesIt() {
        ComparisonResult result = Comparison.run(
                LocalBackends.shared(),
                HALF_FOREIGN,
                ReferenceSolutions.steps("step-1", "step-3"),
                TTLS,
                Prices.LIST_PRICES_2025,
                "test",
                "test",
                ProgressListener.NONE);

        StepFigures noCache = result.figures().get(0);
        assertThat(noCache.foreignWrites()).as("foreign writes made").isPositive();
        assertThat(noCache.refusedWrites())
                .as("in order, every write the workload means is made")
                .isZero();
        assertThat(noCache.staleReads())
                .as("DynamoDB holds every write, whoever made it: step 1 is never stale")
                .isZero();
        assertThat(noCache.dynamodbWrites())
                .as("foreign writes are not the service's DynamoDB calls")
                .isEqualTo(noCache.writes() - noCache.foreignWrites());

        List<SweepPoint> writeAside = result.sweep().stream()
                .sorted(Comparator.comparingDouble(SweepPoint::ttlSeconds))
                .toList();
        assertThat(writeAside).extracting(SweepPoint::ttlSeconds).containsExactlyElementsOf(TTLS);
        for (int i = 1; i < writeAside.size(); i++) {
            assertThat(writeAside.get(i).staleShare())
                    .as(
                            "step 3's stale share at %s s against %s s",
                            writeAside.get(i).ttlSeconds(),
                            writeAside.get(i - 1).ttlSeconds())
                    .isGreaterThanOrEqualTo(writeAside.get(i - 1).staleShare());
        }
        assertThat(writeAside.get(writeAside.size() - 1).staleShare())
                .as("stale share at the longest TTL against the shortest")
                .isGreaterThan(writeAside.get(0).staleShare());
        for (SweepPoint point : writeAside) {
            assertThat(point.maxStalenessSeconds())
                    .as("step 3's oldest stale read at TTL %s s", point.ttlSeconds())
                    .isLessThanOrEqualTo(point.ttlSeconds() + TOLERANCE_SECONDS);
        }
    }

    @Test
    void concurrentClientsJudgeForeignWritesAfterTheRunAsWell() {
        ComparisonResult result = Comparison.run(
                LocalBackends.shared(),
                HALF_FOREIGN.withClients(3),
                ReferenceSolutions.steps("step-1"),
                List.of(),
                Prices.LIST_PRICES_2025,
                "test",
                "test",
                ProgressListener.NONE);
        StepFigures noCache = result.figures().get(0);
        assertThat(noCache.requests()).isEqualTo(300);
        assertThat(noCache.foreignWrites()).isPositive();
        assertThat(noCache.staleReads())
                .as("step 1 reads DynamoDB, which has every write")
                .isZero();
    }
}
