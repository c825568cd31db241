package workshop.kit.momento;

/** The Momento calls the local server understands, as they appear in its operations log. */
public enum Operation {
    GET,
    SET,
    SET_IF_NOT_EXISTS,
    DELETE,
    ITEM_GET_TTL,
    KEYS_EXIST,
    CREATE_CACHE,
    DELETE_CACHE,
    LIST_CACHES,
    FLUSH_CACHE
}
