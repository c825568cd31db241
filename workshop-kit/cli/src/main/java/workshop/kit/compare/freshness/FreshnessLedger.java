package workshop.kit.compare.freshness;

import java.util.HashMap;
import java.util.Map;
import workshop.kit.compare.workload.Entities;

/**
 * Judges each read as soon as it completes, in a run whose requests go one at a time in
 * simulated-time order. The rule is {@link StalenessJudge}'s: a read is stale when it returned a
 * state older than the newest write to that entity that had completed before the read began, and
 * its staleness is how long that state had been replaced by then. In order, no two requests
 * overlap, except a staged race, whose write lands entirely within its read; so a read is fresh
 * when it returned the state the entity had when the read began, or the state a write left while
 * it ran.
 *
 * <p>Nothing per request is kept: for each entity only its current state and, for every state it
 * had before, when that state was last replaced. States are kept as 64-bit fingerprints of their
 * JSON, so memory grows with the number of distinct states (one per name change), not with the
 * length of the run.
 */
public final class FreshnessLedger implements GroundTruth {
    private static final long ABSENT = fingerprint(Entities.ABSENT);

    private final Map<String, History> histories = new HashMap<>();

    /** One entity's states: every entity starts {@link Entities#ABSENT}. */
    private static final class History {
        long current = ABSENT;
        long firstWriteAt = Long.MIN_VALUE;
        final Map<Long, Long> replacedAt = new HashMap<>();

        void replaceWith(long state, long at) {
            if (firstWriteAt == Long.MIN_VALUE) {
                firstWriteAt = at;
            }
            if (state != current) {
                replacedAt.put(current, at);
                current = state;
            }
        }
    }

    @Override
    public synchronized void written(String entity, String state, long startedAt, long completedAt) {
        histories.computeIfAbsent(entity, name -> new History()).replaceWith(fingerprint(state), completedAt);
    }

    /** The entity's state now: what a read that begins now should return. */
    public synchronized long stateOf(String entity) {
        History history = histories.get(entity);
        return history == null ? ABSENT : history.current;
    }

    /**
     * @param returned what the read returned ({@link Entities#stateOf}); null for a failed read,
     *     which shows no state and is counted as an error instead
     * @param begin when the read began (simulated nanoseconds)
     * @param stateAtBegin {@link #stateOf} the entity when the read began; writes that landed while
     *     it ran must be recorded before it is judged
     */
    public synchronized Verdict judge(String entity, String returned, long begin, long stateAtBegin) {
        if (returned == null) {
            return Verdict.FRESH;
        }
        long state = fingerprint(returned);
        History history = histories.get(entity);
        long current = history == null ? ABSENT : history.current;
        if (state == stateAtBegin || state == current) {
            return Verdict.FRESH;
        }
        if (history == null) {
            return Verdict.FRESH; // never written, and not absent either: nothing to judge it by
        }
        // A state no write ever left (a service bug, or a cache that made one up): stale since the first write.
        long replaced = history.replacedAt.getOrDefault(state, history.firstWriteAt);
        return new Verdict(true, begin - replaced);
    }

    /** A 64-bit FNV-1a hash of the text: two states of one entity share it only by a vanishing chance. */
    static long fingerprint(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash;
    }
}
