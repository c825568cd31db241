package workshop.kit.compare;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.momento.CacheOperation;

/**
 * Everything one step's workload left behind, before any figure is worked out.
 *
 * @param step the step's name
 * @param title what the step adds
 * @param reads every read, in no particular order
 * @param writeLatencies wall-time latency of every write, in nanoseconds
 * @param truth the completed writes, seeding included
 * @param failures answers that were neither a success nor an expected refusal, by status
 * @param refusedWrites writes the service refused (403/404/409) because the workload's view of
 *     the memberships lagged behind
 * @param dynamoDb DynamoDB calls made by the workload (seeding excluded)
 * @param cacheOperations the local server's log of the workload's calls to this step's cache;
 *     empty on real Momento
 * @param cacheName this step's cache
 * @param startedAt simulated nanoseconds at the start of the workload
 * @param endedAt simulated nanoseconds at its end
 * @param wallNanos how long the workload ran in wall time
 * @param seedWallNanos how long seeding took in wall time (not part of the figures)
 * @param clockOrigin the instant the simulated clock reads at 0 nanoseconds (to place the
 *     operations log's instants on the same time line)
 */
public record StepRecording(
    String step,
    String title,
    List<ReadSample> reads,
    long[] writeLatencies,
    TruthLog truth,
    Map<Integer, Long> failures,
    long refusedWrites,
    DynamoDbCalls.Snapshot dynamoDb,
    Optional<List<CacheOperation>> cacheOperations,
    String cacheName,
    long startedAt,
    long endedAt,
    long wallNanos,
    long seedWallNanos,
    java.time.Instant clockOrigin) {

  public long requests() {
    return reads.size() + writeLatencies.length;
  }
}
