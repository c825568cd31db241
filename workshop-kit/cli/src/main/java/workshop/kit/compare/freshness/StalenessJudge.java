package workshop.kit.compare.freshness;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import workshop.kit.compare.workload.Entities;

/**
 * Decides whether a read was stale, from the {@link TruthLog}.
 *
 * <p>A read is stale when it returned a state older than the newest write to that entity that had
 * completed before the read began. Every entity starts {@link Entities#ABSENT}. Concurrent clients
 * make "newest" a little fuzzy, so the judge gives the service the benefit of every doubt:
 * <ul>
 *   <li>writes that overlapped one another may have reached DynamoDB in either order, so the state
 *       of any write not definitely followed by another (one that started after it completed,
 *       and completed before the read began) counts as current;
 *   <li>a write that overlapped the read itself may or may not be visible to it, so its state is
 *       fine too.
 * </ul>
 * Times are simulated nanoseconds; events within one tick of the simulated clock count as
 * simultaneous, which again favours "fresh".
 *
 * <p>A stale read's staleness is how long the state it returned had been replaced when it began:
 * from the completion of the first write that definitely followed the last write of that state.
 */
public final class StalenessJudge {
    private static final WriteRecord INITIAL = new WriteRecord("", Entities.ABSENT, Long.MIN_VALUE, Long.MIN_VALUE);

    private final TruthLog truth;
    private final Map<String, List<WriteRecord>> cache = new HashMap<>();

    public StalenessJudge(TruthLog truth) {
        this.truth = truth;
    }

    public Verdict judge(ReadSample read) {
        if (read.state() == null) {
            return Verdict.FRESH; // a failed read shows no state; it is counted as an error instead
        }
        List<WriteRecord> writes = cache.computeIfAbsent(read.entity(), this::historyOf);
        long begin = read.startedAt();
        // The latest start among writes completed before the read: any completed write that finished
        // before that start was definitely replaced.
        long lastStart = Long.MIN_VALUE;
        for (WriteRecord write : writes) {
            if (write.completedAt() < begin) {
                lastStart = Math.max(lastStart, write.startedAt());
            }
        }
        for (WriteRecord write : writes) {
            boolean currentAtBegin = write.completedAt() < begin && write.completedAt() >= lastStart;
            boolean overlapsRead = write.completedAt() >= begin && write.startedAt() <= read.endedAt();
            if ((currentAtBegin || overlapsRead) && Objects.equals(write.state(), read.state())) {
                return Verdict.FRESH;
            }
        }
        if (lastStart == Long.MIN_VALUE) {
            return Verdict.FRESH; // nothing completed before the read and nothing it matches: no basis
        }
        return new Verdict(true, begin - replacedSince(writes, read.state(), begin));
    }

    /** When the state stopped being current: the completion of the first write definitely after its last write. */
    private static long replacedSince(List<WriteRecord> writes, String state, long begin) {
        long lastWriteOfState = Long.MIN_VALUE;
        boolean found = false;
        for (WriteRecord write : writes) {
            if (write.completedAt() < begin && write.state().equals(state)) {
                lastWriteOfState = Math.max(lastWriteOfState, write.completedAt());
                found = true;
            }
        }
        long since = Long.MAX_VALUE;
        for (WriteRecord write : writes) {
            if (write.completedAt() < begin && (!found || write.startedAt() > lastWriteOfState)) {
                since = Math.min(since, write.completedAt());
            }
        }
        // A state no write ever left (should not happen): count it from the first write.
        return since == Long.MAX_VALUE ? begin : since;
    }

    private List<WriteRecord> historyOf(String entity) {
        List<WriteRecord> history = new ArrayList<>();
        history.add(INITIAL);
        history.addAll(truth.writesTo(entity));
        return history;
    }
}
