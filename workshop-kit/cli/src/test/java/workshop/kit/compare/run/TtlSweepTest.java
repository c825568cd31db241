package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import java.util.List;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.workload.WorkloadSettings;

/** The trade-off as a curve, on the reference solutions: read-aside buys hits with staleness, write-aside does not. */
class TtlSweepTest {
    /** Small and quick: 150 requests at 1 a second. */
    private static final WorkloadSettings NO_RACES = new WorkloadSettings(30, 4, 3, 0.2, 1.1, 150, 1, 0.0, 1, 11);
    /** The steps' own TTLs among them, so two points are the comparison's own runs. */
    private static final List<Double> TTLS = List.of(5.0, 60.0, 1800.0);

    @Test
    void longerTtlsHitMoreAndOnlyReadAsideGetsStalerForIt() {
        ComparisonResult result = Comparison.run(
                LocalBackends.shared(),
                NO_RACES,
                ReferenceSolutions.steps("step-2", "step-3"),
                TTLS,
                Prices.LIST_PRICES_2025,
                "test",
                "test",
                ProgressListener.NONE);

        List<SweepPoint> readAside = pointsOf(result, "step-2");
        List<SweepPoint> writeAside = pointsOf(result, "step-3");
        assertThat(readAside).extracting(SweepPoint::ttlSeconds).containsExactlyElementsOf(TTLS);
        assertThat(writeAside).extracting(SweepPoint::ttlSeconds).containsExactlyElementsOf(TTLS);
        for (int i = 1; i < TTLS.size(); i++) {
            SweepPoint shorter = readAside.get(i - 1);
            SweepPoint longer = readAside.get(i);
            assertThat(longer.hitRate())
                    .as("step 2's hit rate at %s s against %s s", longer.ttlSeconds(), shorter.ttlSeconds())
                    .isGreaterThan(shorter.hitRate());
            assertThat(longer.staleShare())
                    .as("step 2's stale share at %s s against %s s", longer.ttlSeconds(), shorter.ttlSeconds())
                    .isGreaterThan(shorter.staleShare());
            assertThat(writeAside.get(i).hitRate())
                    .isGreaterThanOrEqualTo(writeAside.get(i - 1).hitRate());
        }
        for (SweepPoint point : readAside) {
            assertThat(point.maxStalenessSeconds())
                    .as("staleness is bounded by the TTL")
                    .isLessThanOrEqualTo(point.ttlSeconds());
        }
        assertThat(writeAside)
                .allSatisfy(point -> assertThat(point.staleReads()).isZero());
        // A step's own TTL is not run twice: that point is the comparison's own run.
        SweepPoint ownTtl = readAside.get(TTLS.indexOf(60.0));
        assertThat(ownTtl.timeScale()).isEqualTo(1.0);
        assertThat(ownTtl.staleReads()).isEqualTo(result.figures().get(0).staleReads());
        assertThat(readAside.get(0).timeScale())
                .as("TTL 5 s: the requests came 12 times slower")
                .isEqualTo(12.0);
    }

    private static List<SweepPoint> pointsOf(ComparisonResult result, String step) {
        return result.sweep().stream()
                .filter(p -> p.step().equals(step))
                .sorted(Comparator.comparingDouble(SweepPoint::ttlSeconds))
                .toList();
    }
}
