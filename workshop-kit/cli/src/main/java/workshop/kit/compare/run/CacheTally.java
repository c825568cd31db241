package workshop.kit.compare.run;

import java.util.List;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * What one step asked of its cache, counted from the local Momento server's operations log.
 *
 * @param gets GET calls
 * @param hits GETs that found a live entry
 * @param misses GETs that found none
 * @param sets SET and SET_IF_NOT_EXISTS calls (whether or not they stored)
 * @param deletes DELETE calls
 * @param failures calls that failed or timed out
 */
record CacheTally(long gets, long hits, long misses, long sets, long deletes, long failures) {
    static final CacheTally NONE = new CacheTally(0, 0, 0, 0, 0, 0);

    /** Both tallies together: a long run counts its operations chunk by chunk. */
    CacheTally plus(CacheTally other) {
        return new CacheTally(
                gets + other.gets,
                hits + other.hits,
                misses + other.misses,
                sets + other.sets,
                deletes + other.deletes,
                failures + other.failures);
    }

    /** Counts the operations on {@code cacheName}; operations on other caches are ignored. */
    static CacheTally of(List<CacheOperation> operations, String cacheName) {
        long gets = 0, hits = 0, misses = 0, sets = 0, deletes = 0, failures = 0;
        for (CacheOperation op : operations) {
            if (!op.cacheName().equals(cacheName)) {
                continue;
            }
            if (op.outcome() == Outcome.FAILED || op.outcome() == Outcome.TIMED_OUT) {
                failures++;
            }
            if (op.operation() == Operation.GET) {
                gets++;
                if (op.outcome() == Outcome.HIT) {
                    hits++;
                } else if (op.outcome() == Outcome.MISS) {
                    misses++;
                }
            } else if (op.operation() == Operation.SET || op.operation() == Operation.SET_IF_NOT_EXISTS) {
                sets++;
            } else if (op.operation() == Operation.DELETE) {
                deletes++;
            }
        }
        return new CacheTally(gets, hits, misses, sets, deletes, failures);
    }

    /** Hits among the GETs that got an answer (hit or miss); NaN when there were none. */
    double hitRate() {
        long answered = hits + misses;
        return answered == 0 ? Double.NaN : (double) hits / answered;
    }
}
