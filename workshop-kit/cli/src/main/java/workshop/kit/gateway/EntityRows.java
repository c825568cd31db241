package workshop.kit.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import workshop.accounts.cache.CacheValues;

/**
 * Puts the cache beside the table: one {@link InspectorEntry} per entity found in either, and the
 * verdict the lesson is about, stale or not.
 */
final class EntityRows {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KIND_ORDER = List.of("user", "organization", "membership", "other");

    private EntityRows() {}

    /** A live cache entry: its value and the time it has left. */
    record Cached(String value, Duration ttlLeft) {}

    /**
     * @param cache cache key to live entry
     * @param table cache key to the entity's JSON, for every entity in the table
     * @return users first, then organizations, memberships and other keys, each sorted by key
     */
    static List<InspectorEntry> join(Map<String, Cached> cache, Map<String, String> table) {
        TreeSet<String> keys = new TreeSet<>(cache.keySet());
        keys.addAll(table.keySet());
        List<InspectorEntry> rows = new ArrayList<>();
        for (String key : keys) {
            Optional<Cached> cached = Optional.ofNullable(cache.get(key));
            Optional<String> inTable = Optional.ofNullable(table.get(key));
            rows.add(new InspectorEntry(
                    key,
                    kindOf(key),
                    cached.map(Cached::value).orElse(null),
                    cached.map(c -> Seconds.leftRoundedUp(c.ttlLeft())).orElse(null),
                    inTable.orElse(null),
                    cached.isPresent() && isStale(cached.get().value(), inTable)));
        }
        rows.sort(Comparator.comparing((InspectorEntry row) -> KIND_ORDER.indexOf(row.kind()))
                .thenComparing(InspectorEntry::key));
        return rows;
    }

    /**
     * Whether a cached value disagrees with the table. "Not found" is fresh only when there is no
     * item; an entity is fresh when its JSON equals the table's entity (as JSON, so the order of
     * fields does not matter).
     */
    static boolean isStale(String cached, Optional<String> table) {
        String truth = table.orElse(CacheValues.NOT_FOUND);
        if (cached.equals(truth)) {
            return false;
        }
        if (CacheValues.NOT_FOUND.equals(cached) || CacheValues.NOT_FOUND.equals(truth)) {
            return true;
        }
        return !sameJson(cached, truth);
    }

    static String kindOf(String key) {
        if (key.startsWith("USER#")) {
            return "user";
        }
        if (key.startsWith("ORG#")) {
            return "organization";
        }
        if (key.startsWith("MEMBER#")) {
            return "membership";
        }
        return "other";
    }

    private static boolean sameJson(String left, String right) {
        try {
            JsonNode a = JSON.readTree(left);
            JsonNode b = JSON.readTree(right);
            return a != null && a.equals(b);
        } catch (JsonProcessingException e) {
            return false; // not JSON, and not equal as text either: the service could not read it
        }
    }
}
