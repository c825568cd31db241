package workshop.accounts.cache;

/**
 * The cache key of each entity. Every path that touches an entity, reads and writes alike, asks
 * here, so a write can never refresh a different key from the one reads look in.
 */
public final class CacheKeys {
    private CacheKeys() {}

    // region cache-keys
    public static String user(String username) {
        return "USER#" + username;
    }

    public static String organization(String slug) {
        return "ORG#" + slug;
    }

    public static String membership(String organization, String username) {
        return "MEMBER#" + organization + "#" + username;
    }
    // endregion
}
