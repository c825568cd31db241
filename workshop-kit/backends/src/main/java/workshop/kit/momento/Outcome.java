package workshop.kit.momento;

/** What one call did, as recorded in the operations log. */
public enum Outcome {
    /** A read found a live entry. */
    HIT,
    /** A read found nothing (never stored, deleted, or expired); also a delete of an absent key. */
    MISS,
    /** A write was applied. */
    STORED,
    /** A set-if-not-exists found a live entry and left it alone. */
    NOT_STORED,
    /** A delete removed a live entry. */
    DELETED,
    /** A control-plane call (create, delete, list, flush cache) or a keys-exist call succeeded. */
    OK,
    /** The call named a cache that does not exist: the client got NOT_FOUND. */
    NO_SUCH_CACHE,
    /** A create-cache call named a cache that already exists: the client got ALREADY_EXISTS. */
    ALREADY_EXISTS,
    /** The request was malformed (no cache header, TTL not positive): the client got INVALID_ARGUMENT. */
    REJECTED,
    /** An injected fault answered UNAVAILABLE; the operation was not applied. */
    FAILED,
    /**
     * An injected delay outlasted the client's deadline, so the client had given up when the
     * server got to the call; the operation was not applied.
     */
    TIMED_OUT
}
