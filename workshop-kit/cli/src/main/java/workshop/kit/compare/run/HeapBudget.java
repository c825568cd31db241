package workshop.kit.compare.run;

import java.util.Locale;
import java.util.Optional;
import workshop.kit.compare.workload.WorkloadSettings;

/**
 * Whether a run fits in this JVM's heap, worked out before anything starts. Run in order, a
 * request leaves nothing behind but, for a name change, one entry in the ledger of states; with
 * concurrent clients every read and write is kept until the step ends, to be judged then.
 */
public final class HeapBudget {
    /**
     * The JVM, the AWS and Momento SDKs, the local server and the charts: a run keeps about 22 MB
     * after a collection and completes in a 48 MB heap (measured with -Xlog:gc); this leaves room.
     */
    static final long RESERVED_BYTES = 64L << 20;
    /** A user: its name in the dataset, its place in the popularity table, its entry in the ledger. */
    static final long BYTES_PER_USER = 300;
    /** In order: a name change's state in the ledger, spread over all requests by the write share. */
    static final long BYTES_PER_STATE = 150;
    /** With concurrent clients: a kept read or write, its entity and state text included. */
    static final long BYTES_PER_KEPT_REQUEST = 600;

    private HeapBudget() {}

    /** The heap the run needs, in bytes (an estimate on the safe side). */
    static long needed(WorkloadSettings settings) {
        long perRequest = settings.inOrder()
                ? (long) Math.ceil(settings.writeShare() * 0.4 * BYTES_PER_STATE)
                : BYTES_PER_KEPT_REQUEST;
        return RESERVED_BYTES + settings.users() * BYTES_PER_USER + settings.requests() * perRequest;
    }

    /** Empty if the run fits in {@code maxHeapBytes}; else a one-line error naming the flag to change. */
    public static Optional<String> check(WorkloadSettings settings, long maxHeapBytes) {
        if (RESERVED_BYTES > maxHeapBytes) {
            return Optional.of(String.format(
                    Locale.ROOT,
                    "./workshop compare needs at least %d MB of heap; this JVM has %d MB. Give it more (JAVA_TOOL_OPTIONS=-Xmx256m ./workshop compare ...).",
                    RESERVED_BYTES >> 20,
                    maxHeapBytes >> 20));
        }
        long needed = needed(settings);
        if (needed <= maxHeapBytes) {
            return Optional.empty();
        }
        boolean usersDominate = settings.users() * BYTES_PER_USER > needed / 2;
        String flag = usersDominate ? "--users " + settings.users() : "--requests " + settings.requests();
        String fewer = usersDominate
                ? "fewer --users"
                : settings.inOrder() ? "fewer --requests" : "fewer --requests or --clients 1";
        return Optional.of(String.format(
                Locale.ROOT,
                "%s needs about %,d MB of heap; this JVM has %,d MB. Use %s, or a bigger heap (JAVA_TOOL_OPTIONS=-Xmx%dg ./workshop compare ...).",
                flag,
                needed >> 20,
                maxHeapBytes >> 20,
                fewer,
                Math.max(2, (needed >> 30) + 1)));
    }
}
