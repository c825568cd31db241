package workshop.kit.compare;

import java.util.Map;

/**
 * The figures of one step, as the table, the reading and the JSON report show them. Cache figures
 * are null ("n/a") when the cache's calls cannot be seen (real Momento); the hit rate is also null
 * when the step made no cache reads at all.
 *
 * @param maxStalenessSeconds the oldest staleness of a stale read, in simulated seconds (0 if none)
 */
public record StepFigures(
    String step,
    String title,
    long requests,
    long reads,
    long writes,
    long refusedWrites,
    long failedRequests,
    long dynamodbReads,
    long dynamodbWrites,
    Long cacheGets,
    Long cacheHits,
    Long cacheMisses,
    Long cacheSets,
    Double hitRate,
    long staleReads,
    double maxStalenessSeconds,
    double readP50Ms,
    double readP95Ms,
    double readP99Ms,
    double writeP50Ms,
    Map<String, RouteLatency> readLatencyByRoute,
    double wallSeconds,
    double simulatedSeconds,
    double seedSeconds,
    double requestsPerSecond) {

  /** Read latency of one route group, in milliseconds. */
  public record RouteLatency(long reads, double p50Ms, double p95Ms, double p99Ms) {}
}
