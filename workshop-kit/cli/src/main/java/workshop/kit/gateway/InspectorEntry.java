package workshop.kit.gateway;

/**
 * One row of the inspector: an entity, what the cache holds for it and what the table holds.
 * Absent things are null, which is how the page's JSON says "nothing there".
 *
 * @param key the entity's cache key (USER#alice, ORG#acme, MEMBER#acme#bob)
 * @param kind user, organization, membership, or other (a cache key the service does not use)
 * @param cached the cached value as stored (entity JSON or NOT_FOUND); null when not cached
 * @param ttlSecondsLeft how long the cached value is still served, rounded up; null when not cached
 * @param table the table's entity as JSON, as a fresh entry would hold it; null when there is no item
 * @param stale true when the cache holds something other than the table: an old value, or "not
 *     found" for an item that exists, or a value for an item that is gone
 */
public record InspectorEntry(
        String key, String kind, String cached, Long ttlSecondsLeft, String table, boolean stale) {}
