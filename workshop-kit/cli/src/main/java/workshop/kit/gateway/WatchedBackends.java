package workshop.kit.gateway;

import java.util.Optional;
import workshop.kit.momento.LocalMomentoServer;

/**
 * What the local gateway looks at besides the handler: the workshop's local Momento server (for
 * the cache calls in the log, the clock and the cache side of the inspector) and the table (for
 * the inspector's other side). Both are optional: on real Momento the cache cannot be looked into,
 * and a gateway in a test may have no table.
 *
 * @param localMomento the local Momento server; empty on real Momento
 * @param cacheName the cache the handler uses, the one the inspector shows
 * @param table the handler's table; the gateway closes it when it stops
 */
public record WatchedBackends(Optional<LocalMomentoServer> localMomento, String cacheName, Optional<TableView> table) {

    /** Only the local Momento server's log, for the request log; nothing to inspect. */
    public static WatchedBackends cacheLog(Optional<LocalMomentoServer> localMomento) {
        return new WatchedBackends(localMomento, "", Optional.empty());
    }
}
