package workshop.kit.compare.freshness;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ground truth of a run with concurrent clients: every write that changed an entity, with when
 * it was sent, when it completed and the state it left, kept until the run is over, because a read
 * can only be judged once every write that overlapped it has completed. Clients record into it
 * concurrently. (A run in order judges each read at once instead: {@link FreshnessLedger}.)
 */
public final class TruthLog implements GroundTruth {
    private final Map<String, List<WriteRecord>> byEntity = new ConcurrentHashMap<>();

    @Override
    public void written(String entity, String state, long startedAt, long completedAt) {
        record(new WriteRecord(entity, state, startedAt, completedAt));
    }

    void record(WriteRecord write) {
        List<WriteRecord> writes = byEntity.computeIfAbsent(write.entity(), entity -> new ArrayList<>());
        synchronized (writes) {
            writes.add(write);
        }
    }

    /** The writes to one entity, in order of completion; empty if it was never written. */
    List<WriteRecord> writesTo(String entity) {
        List<WriteRecord> writes = byEntity.get(entity);
        if (writes == null) {
            return List.of();
        }
        synchronized (writes) {
            List<WriteRecord> copy = new ArrayList<>(writes);
            copy.sort(Comparator.comparingLong(WriteRecord::completedAt));
            return copy;
        }
    }

    int size() {
        return byEntity.values().stream().mapToInt(List::size).sum();
    }
}
