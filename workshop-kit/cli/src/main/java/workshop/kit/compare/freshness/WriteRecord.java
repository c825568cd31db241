package workshop.kit.compare.freshness;

/**
 * A write that completed and changed an entity: the ground truth that reads are judged against.
 *
 * @param entity the entity it changed
 * @param state the entity's state after it ({@link workshop.kit.compare.workload.Entities#stateOf} of its
 *     response)
 * @param startedAt when it was sent (simulated nanoseconds)
 * @param completedAt when its answer arrived (simulated nanoseconds)
 */
record WriteRecord(String entity, String state, long startedAt, long completedAt) {}
