package workshop.kit.compare.run;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import workshop.kit.compare.freshness.Verdict;
import workshop.kit.compare.result.LatencyHistogram;
import workshop.kit.compare.result.Timeline;
import workshop.kit.compare.workload.RouteGroup;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * Adds up one step's workload while it runs, keeping no per-request object: counters, latency
 * histograms, and per slice of simulated time the reads, stale reads and cache lookups the
 * timeline charts draw. Its memory is the same for a thousand requests and for a million.
 * Concurrent clients may report into it at once.
 */
final class StepTally {
    private final long workloadStart;
    private final double sliceNanos;
    private final int slices;

    long requests;
    long reads;
    long writes;
    long foreignWrites;
    long refusedWrites;
    long racesStaged;
    long staleReads;
    long oldestStalenessNanos;
    final Map<Integer, Long> failures = new TreeMap<>();
    final LatencyHistogram readLatency = new LatencyHistogram();
    final LatencyHistogram writeLatency = new LatencyHistogram();
    final Map<RouteGroup, LatencyHistogram> readLatencyByRoute = new EnumMap<>(RouteGroup.class);
    CacheTally cache = CacheTally.NONE;
    /** The TTL the first cache write of the workload asked for: the TTL the step caches for. */
    Duration firstTtl;

    private final long[] sliceReads;
    private final long[] sliceStale;
    private final long[] sliceHits;
    private final long[] sliceLookups;

    /**
     * @param workloadStart the clock's reading when the workload began (nanoseconds)
     * @param workloadSpan how long the workload lasts in simulated nanoseconds (its last arrival)
     * @param slices how many slices the timeline has
     */
    StepTally(long workloadStart, long workloadSpan, int slices) {
        this.workloadStart = workloadStart;
        this.slices = slices;
        this.sliceNanos = Math.max(1.0, workloadSpan) / slices;
        this.sliceReads = new long[slices];
        this.sliceStale = new long[slices];
        this.sliceHits = new long[slices];
        this.sliceLookups = new long[slices];
    }

    /** A read answered; {@code state} null means it failed (no state to judge). */
    synchronized void readAnswered(RouteGroup route, int status, String state, long latencyNanos) {
        requests++;
        reads++;
        if (state == null) {
            failures.merge(status, 1L, Long::sum);
            return;
        }
        readLatency.record(latencyNanos);
        readLatencyByRoute.computeIfAbsent(route, r -> new LatencyHistogram()).record(latencyNanos);
    }

    /** The verdict on a read that began at {@code begin} (the clock's reading). */
    synchronized void readJudged(long begin, Verdict verdict) {
        int slice = sliceOf(begin);
        sliceReads[slice]++;
        if (verdict.stale()) {
            staleReads++;
            sliceStale[slice]++;
            oldestStalenessNanos = Math.max(oldestStalenessNanos, verdict.stalenessNanos());
        }
    }

    synchronized void writeAnswered(int status, long latencyNanos) {
        requests++;
        writes++;
        writeLatency.record(latencyNanos);
        if (status == 403 || status == 404 || status == 409) {
            refusedWrites++;
        } else if (status / 100 != 2) {
            failures.merge(status, 1L, Long::sum);
        }
    }

    /**
     * A write of the workload made straight to DynamoDB, behind the service's back: one of the
     * workload's writes, but no latency of the service's.
     */
    synchronized void foreignWriteMade(int status) {
        requests++;
        writes++;
        foreignWrites++;
        if (status / 100 != 2) {
            refusedWrites++; // DynamoDB's condition refused it: the item was not as the workload believed
        }
    }

    synchronized void raceStaged() {
        racesStaged++;
    }

    /**
     * Cache calls from the local server's log, this step's cache only.
     *
     * @param clockOrigin the instant the server's clock showed at reading 0
     */
    synchronized void cacheOperations(List<CacheOperation> operations, String cacheName, Instant clockOrigin) {
        cache = cache.plus(CacheTally.of(operations, cacheName));
        for (CacheOperation op : operations) {
            boolean write = op.operation() == Operation.SET || op.operation() == Operation.SET_IF_NOT_EXISTS;
            if (firstTtl == null
                    && write
                    && op.cacheName().equals(cacheName)
                    && op.ttl().isPresent()) {
                firstTtl = op.ttl().get();
            }
            boolean lookup =
                    op.operation() == Operation.GET && (op.outcome() == Outcome.HIT || op.outcome() == Outcome.MISS);
            if (!lookup || !op.cacheName().equals(cacheName)) {
                continue;
            }
            long at = Duration.between(clockOrigin, op.at()).toNanos();
            int slice = sliceOf(at);
            sliceLookups[slice]++;
            if (op.outcome() == Outcome.HIT) {
                sliceHits[slice]++;
            }
        }
    }

    long failedRequests() {
        return failures.values().stream().mapToLong(Long::longValue).sum();
    }

    synchronized Timeline timeline() {
        double[] starts = new double[slices];
        double[] hitRate = new double[slices];
        for (int i = 0; i < slices; i++) {
            starts[i] = i * sliceNanos / 1e9;
            hitRate[i] = sliceLookups[i] == 0 ? Double.NaN : 100.0 * sliceHits[i] / sliceLookups[i];
        }
        return new Timeline(sliceNanos / 1e9, starts, hitRate, sliceStale.clone(), sliceReads.clone());
    }

    private int sliceOf(long clockReading) {
        double offset = clockReading - workloadStart;
        return (int) Math.max(0, Math.min(slices - 1, Math.floor(offset / sliceNanos)));
    }
}
