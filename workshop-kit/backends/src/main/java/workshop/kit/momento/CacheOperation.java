package workshop.kit.momento;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * One line of the server's operations log.
 *
 * @param operation which call it was
 * @param cacheName the cache it named ("" when the request named none)
 * @param key the key as UTF-8 text; "" for calls without a key (control plane), and the keys
 *     joined by "," for {@link Operation#KEYS_EXIST}
 * @param ttl for a write that was applied or refused as NOT_STORED, the TTL the client asked for;
 *     for a {@link Operation#GET} that hit, and an {@link Operation#ITEM_GET_TTL} that found the
 *     key, the time the entry had left at that moment; empty otherwise (including failed calls)
 * @param outcome what the call did
 * @param at when it happened, on the server's {@link CacheClock}
 */
public record CacheOperation(
        Operation operation, String cacheName, String key, Optional<Duration> ttl, Outcome outcome, Instant at) {}
