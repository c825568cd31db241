package workshop.kit.compare.run;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.workload.WorkloadSettings;

/** Runs the same workload through each step in turn, on the same backends, then the TTL sweep if asked. */
public final class Comparison {
    private Comparison() {}

    /**
     * @param ttlSweep TTLs in seconds to run the caching steps at (empty for no sweep)
     */
    public static ComparisonResult run(
            LocalBackends backends,
            WorkloadSettings settings,
            List<StepUnderTest> steps,
            List<Double> ttlSweep,
            Prices prices,
            String code,
            String command,
            ProgressListener progress) {
        long started = System.nanoTime();
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(pool -> pool.getType() == MemoryType.HEAP)
                .toList();
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        StepRunner runner = new StepRunner(backends, settings, prices, progress);
        List<StepAnalysis> analyses = new ArrayList<>();
        for (StepUnderTest step : steps) {
            analyses.add(runner.run(step));
        }
        List<SweepPoint> sweep = ttlSweep.isEmpty() ? List.of() : TtlSweep.run(runner, analyses, steps, ttlSweep);
        double peakHeapMb =
                heap.stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum() / 1e6;
        return new ComparisonResult(
                settings,
                code,
                command,
                backends.describe(),
                analyses,
                sweep,
                prices,
                (System.nanoTime() - started) / 1e9,
                peakHeapMb);
    }
}
