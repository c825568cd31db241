package workshop.kit.momento;

import com.google.protobuf.ByteString;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

/**
 * One-shot hooks that run just before the next write of a key is applied.
 *
 * <p>They let a check stage a race deterministically: "while this slow read is about to put its
 * stale value into the cache, somebody else writes the key". The hook is removed before it runs,
 * so a hook that itself writes the same key (through the SDK, to this same server) does not
 * trigger itself again.
 */
final class WriteHooks {

    private final ConcurrentMap<ByteString, Runnable> hooks = new ConcurrentHashMap<>();

    void onNextWrite(ByteString key, Runnable hook) {
        hooks.put(key, hook);
    }

    /** Drops every hook still waiting (their writes never came). */
    void clear() {
        hooks.clear();
    }

    /** Runs, on the calling thread, the hook waiting for this key, if any. */
    void runBeforeWriting(ByteString key) {
        Runnable hook = hooks.remove(key);
        if (hook != null) {
            hook.run();
        }
    }
}
