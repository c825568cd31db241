package workshop.kit.momento;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import com.google.protobuf.ByteString;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The entries of one Momento cache, in memory.
 *
 * <p>A Caffeine cache does the bookkeeping. Each entry remembers the instant (on the server's clock)
 * it expires at, and Caffeine reads time from that same clock through its {@code Ticker}, so when
 * a test advances the clock past an entry's TTL, Caffeine treats the entry as gone: no sleeping,
 * no background thread.
 */
final class LocalCache {

    /** A stored value and the moment, in {@link CacheClock#nanos()}, at which it expires. */
    record StoredValue(ByteString value, long expiresAtNanos) {}

    private final CacheClock clock;
    private final Cache<ByteString, StoredValue> entries;

    LocalCache(CacheClock clock) {
        this.clock = clock;
        this.entries = Caffeine.newBuilder()
                .ticker(clock::nanos)
                .expireAfter(new ExpireAtStoredDeadline())
                // Do Caffeine's housekeeping on the calling thread: nothing happens behind a test's back.
                .executor(Runnable::run)
                .build();
    }

    Optional<ByteString> get(ByteString key) {
        return Optional.ofNullable(entries.getIfPresent(key)).map(StoredValue::value);
    }

    /** A live entry's value and the time it has left, read together; empty if there is none. */
    Optional<LiveEntry> lookup(ByteString key) {
        return Optional.ofNullable(entries.getIfPresent(key))
                .map(stored -> new LiveEntry(stored.value(), timeLeft(stored)));
    }

    /** What a read found: the value, and how long it will still be served. */
    record LiveEntry(ByteString value, Duration remainingTtl) {}

    void set(ByteString key, ByteString value, Duration ttl) {
        entries.put(key, storedUntil(value, ttl));
    }

    /** Stores only if there is no live entry; an expired one counts as absent. */
    boolean setIfAbsent(ByteString key, ByteString value, Duration ttl) {
        return entries.asMap().putIfAbsent(key, storedUntil(value, ttl)) == null;
    }

    /** Removes the entry; true if there was a live one. */
    boolean delete(ByteString key) {
        return entries.asMap().remove(key) != null;
    }

    boolean contains(ByteString key) {
        return entries.getIfPresent(key) != null;
    }

    /** How long the entry has left to live; empty if there is no live entry. */
    Optional<Duration> remainingTtl(ByteString key) {
        return Optional.ofNullable(entries.getIfPresent(key)).map(this::timeLeft);
    }

    private Duration timeLeft(StoredValue stored) {
        return Duration.ofNanos(stored.expiresAtNanos() - clock.nanos());
    }

    Set<ByteString> keys() {
        // The map view skips expired entries; the filter only makes that visible to the reader.
        return entries.asMap().keySet().stream().filter(this::contains).collect(Collectors.toSet());
    }

    void flush() {
        entries.invalidateAll();
    }

    private StoredValue storedUntil(ByteString value, Duration ttl) {
        return new StoredValue(value, clock.nanos() + ttl.toNanos());
    }

    /** Tells Caffeine that each entry lives until its own stored deadline, whatever happens to it. */
    private static final class ExpireAtStoredDeadline implements Expiry<ByteString, StoredValue> {
        @Override
        public long expireAfterCreate(ByteString key, StoredValue stored, long currentTime) {
            return stored.expiresAtNanos() - currentTime;
        }

        @Override
        public long expireAfterUpdate(ByteString key, StoredValue stored, long currentTime, long currentDuration) {
            // A set replaces the value and its TTL, as in Momento.
            return stored.expiresAtNanos() - currentTime;
        }

        @Override
        public long expireAfterRead(ByteString key, StoredValue stored, long currentTime, long currentDuration) {
            // Reading does not extend a TTL.
            return currentDuration;
        }
    }
}
