package workshop.kit.compare.freshness;

/**
 * The judgement of one read.
 *
 * @param stale whether it returned a state older than a write that had completed before it began
 * @param stalenessNanos for a stale read, how long (simulated) the state it returned had already
 *     been replaced when it began; 0 for a fresh read
 */
public record Verdict(boolean stale, long stalenessNanos) {
    static final Verdict FRESH = new Verdict(false, 0);
}
