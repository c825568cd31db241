package workshop.kit.compare.freshness;

import workshop.kit.compare.workload.RouteGroup;

/**
 * One read the workload made and what it saw.
 *
 * @param route the route it used
 * @param entity the entity it read
 * @param state what it returned ({@link workshop.kit.compare.workload.Entities#stateOf}); null when it
 *     failed
 * @param startedAt when it was sent, simulated nanoseconds since the server clock's start
 * @param endedAt when its answer arrived, on the same clock
 * @param latencyNanos how long it took in wall time
 */
public record ReadSample(
        RouteGroup route, String entity, String state, long startedAt, long endedAt, long latencyNanos) {}
