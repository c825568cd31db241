package workshop.kit.compare.result;

import java.util.List;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * A whole comparison: how it was run, each step's analysis in the order run, and the TTL sweep.
 *
 * @param settings the workload's settings
 * @param code whose code ran ("the reference solutions" or "your code")
 * @param command the command line that produced it, as typed
 * @param backends which backends were used
 * @param steps each step's analysis
 * @param sweep the TTL sweep's points (empty without {@code --ttl-sweep})
 * @param prices the prices the cost estimates use
 * @param wallSeconds the whole run's wall time, start-up and seeding included
 * @param peakHeapMb the most heap the run used (the sum of the heap pools' peaks: an upper bound)
 */
public record ComparisonResult(
        WorkloadSettings settings,
        String code,
        String command,
        String backends,
        List<StepAnalysis> steps,
        List<SweepPoint> sweep,
        Prices prices,
        double wallSeconds,
        double peakHeapMb) {

    public List<StepFigures> figures() {
        return steps.stream().map(StepAnalysis::figures).toList();
    }
}
