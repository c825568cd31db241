package workshop.accounts.cache;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;

/**
 * What goes into a cache entry: the entity as JSON, or {@link #NOT_FOUND} when DynamoDB has no
 * such item. Caching "not found" too means a repeated lookup of something absent costs no
 * DynamoDB read either.
 */
public final class CacheValues {
    // region not-found
    /** Stored for an entity that does not exist. No entity's JSON can look like this. */
    public static final String NOT_FOUND = "NOT_FOUND";
    // endregion

    private static final ObjectMapper JSON = new ObjectMapper();

    private CacheValues() {}

    public static String encode(Optional<?> entity) {
        if (entity.isEmpty()) {
            return NOT_FOUND;
        }
        try {
            return JSON.writeValueAsString(entity.get());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(
                    "Cannot write " + entity.get().getClass().getSimpleName(), e);
        }
    }

    public static <T> Optional<T> decode(String cached, Class<T> type) {
        if (NOT_FOUND.equals(cached)) {
            return Optional.empty();
        }
        try {
            return Optional.of(JSON.readValue(cached, type));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The cache holds an unreadable " + type.getSimpleName(), e);
        }
    }
}
