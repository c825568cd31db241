package workshop.kit.compare.result;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The figures of one step, as the table, the reading and the JSON report show them.
 *
 * <p>When requests run in order (one client), everything but the latencies and the wall times is
 * the same on every machine for the same settings and seed: see {@link #counts()}.
 *
 * @param ttlSeconds the TTL the step caches for, seen in its first cache write; null if it
 *     caches nothing
 * @param writes the workload's writes, foreign ones included
 * @param foreignWrites writes made straight to DynamoDB, behind the service's back (another service,
 *     a batch job): their DynamoDB calls are not the service's, so not in {@code dynamodbWrites}
 * @param racesStaged staged races whose write did land between the read's DynamoDB read and its
 *     cache store (a race needs the read to miss; on a hit there is nothing to race)
 * @param hitRate hits among the cache lookups; null when the step made none
 * @param staleShare stale reads among all reads (0..1)
 * @param maxStalenessSeconds the oldest staleness of a stale read, in simulated seconds (0 if none)
 * @param simulatedSeconds how long the workload lasted in simulated time
 * @param wallSeconds how long the workload took in wall time (seeding excluded)
 */
public record StepFigures(
        String step,
        String title,
        Double ttlSeconds,
        long requests,
        long reads,
        long writes,
        long foreignWrites,
        long racesStaged,
        long refusedWrites,
        long failedRequests,
        long dynamodbReads,
        long dynamodbWrites,
        long cacheGets,
        long cacheHits,
        long cacheMisses,
        long cacheSets,
        Double hitRate,
        long staleReads,
        double staleShare,
        double maxStalenessSeconds,
        CostEstimate cost,
        double readP50Ms,
        double readP95Ms,
        double readP99Ms,
        double writeP50Ms,
        Map<String, RouteLatency> readLatencyByRoute,
        double simulatedSeconds,
        double wallSeconds,
        double seedSeconds,
        double requestsPerSecond) {

    /** Read latency of one route group, in milliseconds. */
    public record RouteLatency(long reads, double p50Ms, double p95Ms, double p99Ms) {}

    /**
     * The figures that do not depend on the machine, by their JSON names: with one client, the same
     * settings and seed give the same values everywhere. {@code foreignWrites} is as repeatable but
     * not among them: the committed figures of runs without foreign writes have no such field, and
     * must still be reproduced exactly; the tests of foreign writes compare it beside these.
     */
    public Map<String, Object> counts() {
        Map<String, Object> counts = new LinkedHashMap<>();
        counts.put("ttlSeconds", ttlSeconds);
        counts.put("requests", requests);
        counts.put("reads", reads);
        counts.put("writes", writes);
        counts.put("racesStaged", racesStaged);
        counts.put("refusedWrites", refusedWrites);
        counts.put("failedRequests", failedRequests);
        counts.put("dynamodbReads", dynamodbReads);
        counts.put("dynamodbWrites", dynamodbWrites);
        counts.put("cacheGets", cacheGets);
        counts.put("cacheHits", cacheHits);
        counts.put("cacheMisses", cacheMisses);
        counts.put("cacheSets", cacheSets);
        counts.put("staleReads", staleReads);
        counts.put("maxStalenessSeconds", maxStalenessSeconds);
        counts.put("readUnits", cost.readUnits());
        counts.put("writeUnits", cost.writeUnits());
        counts.put("cacheBytes", cost.cacheBytes());
        counts.put("simulatedSeconds", simulatedSeconds);
        return counts;
    }
}
