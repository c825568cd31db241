package workshop.kit.compare;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/** Works out a step's figures, and what its charts draw, from its recording. */
public final class StepAnalyzer {
  private static final double NANOS_PER_SECOND = 1e9;

  private final int slices;

  /** @param slices how many slices of time the timeline has */
  public StepAnalyzer(int slices) {
    this.slices = slices;
  }

  public StepAnalysis analyze(StepRecording recording) {
    StalenessJudge judge = new StalenessJudge(recording.truth());
    List<Verdict> verdicts = new ArrayList<>(recording.reads().size());
    long stale = 0;
    long oldest = 0;
    Map<RouteGroup, List<Long>> latencyByRoute = new EnumMap<>(RouteGroup.class);
    List<Long> latencies = new ArrayList<>();
    for (ReadSample read : recording.reads()) {
      Verdict verdict = judge.judge(read);
      verdicts.add(verdict);
      if (verdict.stale()) {
        stale++;
        oldest = Math.max(oldest, verdict.stalenessNanos());
      }
      if (read.state() != null) {
        latencies.add(read.latencyNanos());
        latencyByRoute.computeIfAbsent(read.route(), route -> new ArrayList<>()).add(read.latencyNanos());
      }
    }
    Percentiles reads = new Percentiles(toArray(latencies));
    Map<String, StepFigures.RouteLatency> byRoute = new LinkedHashMap<>();
    latencyByRoute.forEach((route, values) -> {
      Percentiles p = new Percentiles(toArray(values));
      byRoute.put(route.label(), new StepFigures.RouteLatency(p.count(), p.millisAt(50), p.millisAt(95), p.millisAt(99)));
    });
    CacheTally cache = recording.cacheOperations().map(ops -> CacheTally.of(ops, recording.cacheName())).orElse(null);
    double wallSeconds = recording.wallNanos() / NANOS_PER_SECOND;
    long failed = recording.failures().values().stream().mapToLong(Long::longValue).sum();
    StepFigures figures = new StepFigures(
        recording.step(),
        recording.title(),
        recording.requests(),
        recording.reads().size(),
        recording.writeLatencies().length,
        recording.refusedWrites(),
        failed,
        recording.dynamoDb().reads(),
        recording.dynamoDb().writes(),
        cache == null ? null : cache.gets(),
        cache == null ? null : cache.hits(),
        cache == null ? null : cache.misses(),
        cache == null ? null : cache.sets(),
        cache == null || Double.isNaN(cache.hitRate()) ? null : cache.hitRate(),
        stale,
        oldest / NANOS_PER_SECOND,
        reads.millisAt(50),
        reads.millisAt(95),
        reads.millisAt(99),
        new Percentiles(recording.writeLatencies()).millisAt(50),
        byRoute,
        wallSeconds,
        (recording.endedAt() - recording.startedAt()) / NANOS_PER_SECOND,
        recording.seedWallNanos() / NANOS_PER_SECOND,
        recording.requests() / Math.max(wallSeconds, 1e-9));
    return new StepAnalysis(figures, reads.sortedValues(), timeline(recording, verdicts), verdicts);
  }

  private Timeline timeline(StepRecording recording, List<Verdict> verdicts) {
    long start = recording.startedAt();
    long span = Math.max(1, recording.endedAt() - start);
    double sliceNanos = (double) span / slices;
    double[] starts = new double[slices];
    long[] hits = new long[slices];
    long[] answered = new long[slices];
    long[] stale = new long[slices];
    long[] reads = new long[slices];
    for (int i = 0; i < slices; i++) {
      starts[i] = i * sliceNanos / NANOS_PER_SECOND;
    }
    for (int i = 0; i < recording.reads().size(); i++) {
      int slice = sliceOf(recording.reads().get(i).startedAt() - start, sliceNanos);
      reads[slice]++;
      if (verdicts.get(i).stale()) {
        stale[slice]++;
      }
    }
    for (CacheOperation op : recording.cacheOperations().orElse(List.of())) {
      if (op.operation() != Operation.GET || (op.outcome() != Outcome.HIT && op.outcome() != Outcome.MISS)) {
        continue;
      }
      long at = Duration.between(recording.clockOrigin(), op.at()).toNanos();
      int slice = sliceOf(at - start, sliceNanos);
      answered[slice]++;
      if (op.outcome() == Outcome.HIT) {
        hits[slice]++;
      }
    }
    double[] hitRate = new double[slices];
    for (int i = 0; i < slices; i++) {
      hitRate[i] = answered[i] == 0 ? Double.NaN : 100.0 * hits[i] / answered[i];
    }
    return new Timeline(sliceNanos / NANOS_PER_SECOND, starts, hitRate, stale, reads);
  }

  private int sliceOf(long offsetNanos, double sliceNanos) {
    return (int) Math.max(0, Math.min(slices - 1, Math.floor(offsetNanos / sliceNanos)));
  }

  private static long[] toArray(List<Long> values) {
    return values.stream().mapToLong(Long::longValue).toArray();
  }
}
