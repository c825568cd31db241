package workshop.kit.compare;

import java.util.List;

/**
 * One step's figures together with what the charts draw.
 *
 * @param figures the numbers
 * @param readLatenciesNanos every read's latency, ascending
 * @param timeline hit rate and stale reads over the run
 * @param verdicts the judgement of each read, in the order of the recording's reads
 */
public record StepAnalysis(StepFigures figures, long[] readLatenciesNanos, Timeline timeline, List<Verdict> verdicts) {}
