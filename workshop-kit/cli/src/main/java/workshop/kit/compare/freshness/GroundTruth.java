package workshop.kit.compare.freshness;

/** Where the writes that changed an entity are recorded, for reads to be judged against. */
public interface GroundTruth {
    /**
     * A write completed and left the entity in {@code state} ({@link
     * workshop.kit.compare.workload.Entities#stateOf} of its answer).
     *
     * @param startedAt when it was sent (simulated nanoseconds)
     * @param completedAt when its answer arrived (simulated nanoseconds)
     */
    void written(String entity, String state, long startedAt, long completedAt);
}
