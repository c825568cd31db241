package workshop.kit.momento;

import java.util.ArrayList;
import java.util.List;

/** The server's record of every call it handled, oldest first, safe to use from many threads. */
final class OperationLog {

    private final List<CacheOperation> operations = new ArrayList<>();

    synchronized void add(CacheOperation operation) {
        operations.add(operation);
    }

    /** A copy, so that a test can iterate while the server keeps logging. */
    synchronized List<CacheOperation> snapshot() {
        return List.copyOf(operations);
    }

    synchronized int size() {
        return operations.size();
    }

    /** The operations from position {@code index} on (all of them if the log was cleared since). */
    synchronized List<CacheOperation> since(int index) {
        if (index > operations.size()) {
            return List.copyOf(operations);
        }
        return List.copyOf(operations.subList(index, operations.size()));
    }

    /** The operations so far, removed from the log: for a long run that counts as it goes. */
    synchronized List<CacheOperation> drain() {
        List<CacheOperation> drained = List.copyOf(operations);
        operations.clear();
        return drained;
    }

    synchronized void clear() {
        operations.clear();
    }
}
