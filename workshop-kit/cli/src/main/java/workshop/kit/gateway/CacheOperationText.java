package workshop.kit.gateway;

import java.time.Duration;
import java.util.Optional;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.Operation;

/**
 * Says what one call to the local Momento server did, as the request log shows it:
 *
 * <pre>
 * GET USER#alice hit (expires in 42 s)
 * GET USER#alice miss
 * SET USER#alice ttl 1800 s
 * SET-IF-ABSENT USER#alice stored, ttl 60 s
 * SET-IF-ABSENT USER#alice kept the entry already cached
 * DELETE MEMBER#acme#bob
 * GET USER#alice FAILED (the cache was unavailable)
 * </pre>
 *
 * Keys and TTLs only, never values: the inspector shows values, as text.
 */
final class CacheOperationText {
    private CacheOperationText() {}

    static BackendCall describe(CacheOperation op) {
        String call = name(op) + (op.key().isEmpty() ? " " + op.cacheName() : " " + op.key());
        return switch (op.outcome()) {
            case HIT -> BackendCall.cache(call + " hit" + expiresIn(op.ttl()), false);
            case MISS -> BackendCall.cache(call + (isDelete(op) ? " (was not cached)" : " miss"), false);
            case STORED -> BackendCall.cache(call + stored(op), false);
            case NOT_STORED -> BackendCall.cache(call + " kept the entry already cached", false);
            case DELETED, OK -> BackendCall.cache(call, false);
            case ALREADY_EXISTS -> BackendCall.cache(call + " (already exists)", false);
            case NO_SUCH_CACHE -> BackendCall.cache(call + " FAILED (no cache named '" + op.cacheName() + "')", true);
            case REJECTED -> BackendCall.cache(call + " REJECTED (an invalid request, e.g. a TTL of 0)", true);
            case FAILED -> BackendCall.cache(call + " FAILED (the cache was unavailable)", true);
            case TIMED_OUT -> BackendCall.cache(call + " TIMED OUT (the client had given up waiting)", true);
        };
    }

    /** The call's name as the log spells it: SET_IF_NOT_EXISTS is SET-IF-ABSENT, the rest with dashes. */
    private static String name(CacheOperation op) {
        return switch (op.operation()) {
            case SET_IF_NOT_EXISTS -> "SET-IF-ABSENT";
            default -> op.operation().name().replace('_', '-');
        };
    }

    private static boolean isDelete(CacheOperation op) {
        return op.operation() == Operation.DELETE;
    }

    private static String stored(CacheOperation op) {
        String ttl = op.ttl().map(t -> "ttl " + Seconds.format(t)).orElse("");
        if (op.operation() == Operation.SET_IF_NOT_EXISTS) {
            return " stored" + (ttl.isEmpty() ? "" : ", " + ttl);
        }
        return ttl.isEmpty() ? "" : " " + ttl;
    }

    private static String expiresIn(Optional<Duration> remaining) {
        return remaining
                .map(left -> " (expires in " + Seconds.leftRoundedUp(left) + " s)")
                .orElse("");
    }
}
