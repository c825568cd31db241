package workshop.kit.momento;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/** The caches that exist on the local server, by name. */
final class CacheRegistry {

    private final CacheClock clock;
    private final ConcurrentMap<String, LocalCache> caches = new ConcurrentHashMap<>();

    CacheRegistry(CacheClock clock) {
        this.clock = clock;
    }

    /** Creates the cache; false if it already existed (it is left as it was). */
    boolean create(String cacheName) {
        return caches.putIfAbsent(cacheName, new LocalCache(clock)) == null;
    }

    /** Deletes the cache and its entries; false if there was no such cache. */
    boolean delete(String cacheName) {
        return caches.remove(cacheName) != null;
    }

    Optional<LocalCache> find(String cacheName) {
        return Optional.ofNullable(caches.get(cacheName));
    }

    List<String> names() {
        return caches.keySet().stream().sorted().toList();
    }
}
