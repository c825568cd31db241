package workshop.kit.compare.result;

/**
 * One step's figures together with what the charts draw.
 *
 * @param figures the numbers
 * @param readLatencies every successful read's latency
 * @param timeline hit rate and stale reads over the run
 */
public record StepAnalysis(StepFigures figures, LatencyHistogram readLatencies, Timeline timeline) {}
