package workshop.kit.compare;

import java.util.ArrayList;
import java.util.List;
import workshop.kit.backends.LocalBackends;
import workshop.kit.momento.CacheClock;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.ManualClock;

/** Runs the same workload through each step in turn, on the same backends, and analyses each. */
public final class Comparison {
  /** How many slices of time the timeline charts have. */
  static final int TIMELINE_SLICES = 60;

  private Comparison() {}

  public static ComparisonResult run(LocalBackends backends, WorkloadSettings settings, List<StepUnderTest> steps,
      String code, String command, ProgressListener progress) {
    long started = System.nanoTime();
    boolean simulated = backends.localMomento().isPresent();
    CacheClock clock = backends.localMomento().map(LocalMomentoServer::clock).orElseGet(ManualClock::new);
    SimulatedTime time = new SimulatedTime(clock, simulated ? settings.speedUp() : 1);
    StepRunner runner = new StepRunner(backends, time, settings, progress);
    StepAnalyzer analyzer = new StepAnalyzer(TIMELINE_SLICES);
    List<StepAnalysis> analyses = new ArrayList<>();
    for (StepUnderTest step : steps) {
      analyses.add(analyzer.analyze(runner.run(step)));
    }
    return new ComparisonResult(settings, code, command, backends.describe(), simulated, analyses,
        (System.nanoTime() - started) / 1e9);
  }
}
