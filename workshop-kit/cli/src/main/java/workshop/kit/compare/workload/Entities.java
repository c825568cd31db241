package workshop.kit.compare.workload;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import workshop.accounts.cache.CacheKeys;

/** The names under which the comparison tracks each entity's state. */
public final class Entities {
    /** How the service writes an entity in its answers (its Responses: a plain Jackson mapper of the domain records). */
    private static final ObjectMapper JSON = new ObjectMapper();

    /** The state of an entity that does not exist (never created, or removed). */
    public static final String ABSENT = "absent";

    private Entities() {}

    public static String user(String username) {
        return "user/" + username;
    }

    public static String organization(String slug) {
        return "organization/" + slug;
    }

    public static String membership(String slug, String username) {
        return "membership/" + slug + "/" + username;
    }

    /** The key the steps cache the entity under (the app's shared key helper). */
    public static String cacheKeyOf(String entity) {
        String[] parts = entity.split("/");
        return switch (parts[0]) {
            case "user" -> CacheKeys.user(parts[1]);
            case "organization" -> CacheKeys.organization(parts[1]);
            case "membership" -> CacheKeys.membership(parts[1], parts[2]);
            default -> throw new IllegalArgumentException("Not an entity: " + entity);
        };
    }

    /**
     * The entity's state as a response shows it: the JSON body of a 200 or 201 (the service always
     * writes an entity's fields in the same order, so equal states give equal text), {@link #ABSENT}
     * for a 404 or a 204 (a removal). Any other status shows no state: null.
     */
    public static String stateOf(int status, String body) {
        if (status == 200 || status == 201) {
            return body;
        }
        if (status == 404 || status == 204) {
            return ABSENT;
        }
        return null;
    }

    /**
     * The state of an entity written without the service's help (seeded, or by a foreign write), as
     * the service's answers would show it: its domain record ({@code User}, {@code Membership}, ...)
     * as JSON.
     */
    public static String stateOf(Object entity) {
        try {
            return JSON.writeValueAsString(entity);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write " + entity + " as JSON", e);
        }
    }
}
