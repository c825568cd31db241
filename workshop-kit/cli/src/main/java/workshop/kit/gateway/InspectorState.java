package workshop.kit.gateway;

import java.math.BigDecimal;
import java.util.List;

/**
 * What {@code GET /_workshop/state} answers, and what the inspector page draws.
 *
 * @param cacheName the cache shown
 * @param tableName the table shown; null when the gateway has none
 * @param cacheVisible false on real Momento, whose entries the inspector cannot list
 * @param clockMovable false on real Momento, whose clock nobody can move
 * @param clockSkewSeconds how far the learner has moved the cache clock ahead of real time
 * @param entries one row per entity, in the cache or in the table or both
 * @param requests the last requests with their cache and DynamoDB calls, newest first
 * @param problems what could not be read (e.g. the table), in words; empty when all went well
 */
public record InspectorState(
        String cacheName,
        String tableName,
        boolean cacheVisible,
        boolean clockMovable,
        BigDecimal clockSkewSeconds,
        List<InspectorEntry> entries,
        List<RecentRequests.Served> requests,
        List<String> problems) {}
