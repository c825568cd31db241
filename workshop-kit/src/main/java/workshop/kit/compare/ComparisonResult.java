package workshop.kit.compare;

import java.util.List;

/**
 * A whole comparison: how it was run and each step's analysis, in the order run.
 *
 * @param settings the workload's settings
 * @param code whose code ran ("the reference solutions" or "your code")
 * @param command the command line that produced it
 * @param backends which backends were used
 * @param simulatedTime true when the local Momento server's clock ran {@code settings.speedUp()}
 *     times faster than wall time; false on real Momento, where time is real
 * @param steps each step's analysis
 * @param wallSeconds the whole run's wall time, start-up and seeding included
 */
public record ComparisonResult(
    WorkloadSettings settings,
    String code,
    String command,
    String backends,
    boolean simulatedTime,
    List<StepAnalysis> steps,
    double wallSeconds) {

  public List<StepFigures> figures() {
    return steps.stream().map(StepAnalysis::figures).toList();
  }

  /** The speed-up in effect: 1 when time was not simulated. */
  public int speedUp() {
    return simulatedTime ? settings.speedUp() : 1;
  }
}
