package workshop.kit.compare;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The ground truth of a run: every write that changed an entity, with when it was sent, when it
 * completed and the state it left. Clients record into it concurrently.
 */
public final class TruthLog {
  private final Map<String, List<WriteRecord>> byEntity = new ConcurrentHashMap<>();

  public void record(WriteRecord write) {
    List<WriteRecord> writes = byEntity.computeIfAbsent(write.entity(), entity -> new ArrayList<>());
    synchronized (writes) {
      writes.add(write);
    }
  }

  /** The writes to one entity, in order of completion; empty if it was never written. */
  public List<WriteRecord> writesTo(String entity) {
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

  public int size() {
    return byEntity.values().stream().mapToInt(List::size).sum();
  }
}
