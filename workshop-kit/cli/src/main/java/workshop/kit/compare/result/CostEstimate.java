package workshop.kit.compare.result;

import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * What a step's workload would cost on DynamoDB on-demand and Momento, from the calls it made.
 *
 * <p>DynamoDB bills request units: a strongly consistent read (the service's reads are) takes one
 * read unit per 4 KB of the item, a write one write unit per 1 KB, a transactional write twice
 * that per item, and a read that finds nothing or a write whose condition fails still takes one.
 * The units per call here come from the largest item in the step's table after the run, so they
 * are an upper bound, and exact while every item is under 1 KB (as the workshop's items are).
 * Momento bills the bytes transferred; the local server counts the request and answer messages.
 *
 * @param readUnits DynamoDB read request units
 * @param writeUnits DynamoDB write request units
 * @param largestItemBytes the largest item in the table (DynamoDB's item-size rules)
 * @param cacheBytes bytes transferred to and from the cache
 * @param dynamoDbUsdPerMillionRequests DynamoDB's part, per million requests of this workload
 * @param momentoUsdPerMillionRequests Momento's part, per million requests of this workload
 * @param totalUsdPerMillionRequests the two together (Lambda and API Gateway, the same for every
 *     step, are left out)
 */
public record CostEstimate(
        long readUnits,
        long writeUnits,
        long largestItemBytes,
        long cacheBytes,
        double dynamoDbUsdPerMillionRequests,
        double momentoUsdPerMillionRequests,
        double totalUsdPerMillionRequests) {

    /** Items a transaction writes: the workshop's only transaction writes an organization and its Owner. */
    private static final int ITEMS_PER_TRANSACTION = 2;

    public static CostEstimate of(
            DynamoDbCalls.Snapshot calls, long largestItemBytes, long cacheBytes, long requests, Prices prices) {
        long readUnitsPerItem = Math.max(1, ceilDiv(largestItemBytes, 4096));
        long writeUnitsPerItem = Math.max(1, ceilDiv(largestItemBytes, 1024));
        long readUnits = (calls.reads() + calls.of("TransactGetItems")) * readUnitsPerItem;
        long writeUnits = (calls.writes() + calls.of("TransactWriteItems") * (2L * ITEMS_PER_TRANSACTION - 1))
                * writeUnitsPerItem;
        double perMillion = 1e6 / Math.max(1, requests);
        double dynamoDb =
                (readUnits * prices.dynamoDbReadUnitPerMillion() + writeUnits * prices.dynamoDbWriteUnitPerMillion())
                        / 1e6;
        double momento = cacheBytes / 1e9 * prices.momentoPerGb();
        return new CostEstimate(
                readUnits,
                writeUnits,
                largestItemBytes,
                cacheBytes,
                dynamoDb * perMillion,
                momento * perMillion,
                (dynamoDb + momento) * perMillion);
    }

    private static long ceilDiv(long value, long unit) {
        return (value + unit - 1) / unit;
    }
}
