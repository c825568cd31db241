package workshop.kit.compare.workload;

/**
 * One request of the workload at its simulated time.
 *
 * @param at when it arrives, in simulated nanoseconds since the workload began
 * @param call the request
 * @param landsDuring for a read staged to race a write: that write, which lands while the read is
 *     on its way (after the read loaded the entity from DynamoDB, before it stores it in the cache);
 *     null for every other request
 * @param foreign for a write: true when it bypasses the service (another service or a batch job
 *     writes DynamoDB directly), so the step's code never sees it; false for every other request
 */
public record TimedCall(long at, ApiCall call, TimedCall landsDuring, boolean foreign) {

    /** How many requests this is: 2 for a staged race (the read and its write), else 1. */
    public int requests() {
        return landsDuring == null ? 1 : 2;
    }
}
