package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * The same settings and seed give the same counts, however fast the machine is: the cache's clock
 * follows the workload's simulated times, and requests run in that order. Run on the reference
 * solutions of the caching steps, where timing used to matter, twice, and once more while every
 * core is kept busy by a thread that only burns CPU.
 */
class RepeatableCountsTest {
    /** Small, but with writes, stale reads and staged races enough that a difference would show. */
    private static final WorkloadSettings SMALL = new WorkloadSettings(30, 4, 3, 0.2, 1.1, 150, 2, 0.3, 1, 7);

    @Test
    void theSameSettingsGiveTheSameCountsEvenOnABusyMachine() throws InterruptedException {
        Map<String, Map<String, Object>> first = counts(run());
        Map<String, Map<String, Object>> second = counts(run());
        Map<String, Map<String, Object>> busy = BusyMachine.whileBusy(() -> counts(run()));

        assertThat(second).isEqualTo(first);
        assertThat(busy).isEqualTo(first);
        // Not trivially equal: the workload did what the comparison is about.
        Map<String, Object> step2 = first.get("step-2");
        assertThat((long) step2.get("cacheHits")).isPositive();
        assertThat((long) step2.get("staleReads")).isPositive();
        assertThat((long) step2.get("racesStaged")).isPositive();
        assertThat((long) first.get("step-3").get("staleReads")).isZero();
    }

    /**
     * Foreign writes (made straight to DynamoDB, some racing a read) and a point of the TTL sweep
     * repeat as exactly: they come from the seed too, and run on the same simulated clock.
     */
    @Test
    void foreignWritesAndTheSweepGiveTheSameCountsEvenOnABusyMachine() throws InterruptedException {
        WorkloadSettings foreign = SMALL.withForeignWriteShare(0.5);
        Map<String, Object> first = countsWithSweep(runForeign(foreign));
        Map<String, Object> second = countsWithSweep(runForeign(foreign));
        Map<String, Object> busy = BusyMachine.whileBusy(() -> countsWithSweep(runForeign(foreign)));

        assertThat(second).isEqualTo(first);
        assertThat(busy).isEqualTo(first);
        @SuppressWarnings("unchecked")
        Map<String, Object> step3 = (Map<String, Object>) first.get("step-3");
        assertThat((long) step3.get("foreignWrites")).isPositive();
        assertThat((long) step3.get("staleReads"))
                .as("write-aside is stale after foreign writes")
                .isPositive();
    }

    private static ComparisonResult runForeign(WorkloadSettings settings) {
        return Comparison.run(
                LocalBackends.shared(),
                settings,
                ReferenceSolutions.steps("step-3"),
                List.of(60.0),
                Prices.LIST_PRICES_2025,
                "test",
                "test",
                ProgressListener.NONE);
    }

    /** Each step's counts with its foreign writes, and the sweep's points. */
    private static Map<String, Object> countsWithSweep(ComparisonResult result) {
        Map<String, Object> counts = new LinkedHashMap<>();
        result.figures().forEach(figures -> {
            Map<String, Object> step = new LinkedHashMap<>(figures.counts());
            step.put("foreignWrites", figures.foreignWrites());
            counts.put(figures.step(), step);
        });
        counts.put("sweep", result.sweep());
        return counts;
    }

    private static ComparisonResult run() {
        return Comparison.run(
                LocalBackends.shared(),
                SMALL,
                ReferenceSolutions.steps("step-2", "step-3"),
                List.of(),
                Prices.LIST_PRICES_2025,
                "test",
                "test",
                ProgressListener.NONE);
    }

    static Map<String, Map<String, Object>> counts(ComparisonResult result) {
        Map<String, Map<String, Object>> counts = new LinkedHashMap<>();
        result.figures().forEach(figures -> counts.put(figures.step(), figures.counts()));
        return counts;
    }
}
