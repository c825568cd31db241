package workshop.kit.dynamodb;

import java.net.URI;

/**
 * An endpoint the workshop did not start: one given explicitly, or real AWS. Closing it closes
 * only our own client; the server keeps running.
 */
final class ExternalDynamoDb extends DynamoDbBackend {

    private ExternalDynamoDb(DynamoDbEndpoint endpoint) {
        super(endpoint);
    }

    /**
     * An endpoint someone gave us. If it is an AWS host after all, treat it as real AWS: real
     * credentials, and no reset that would delete real tables.
     */
    static ExternalDynamoDb explicit(URI uri, String region, String source) {
        boolean local = !isAwsHost(uri);
        return new ExternalDynamoDb(new DynamoDbEndpoint(
                uri,
                region,
                (local ? "endpoint " : "real AWS endpoint ") + uri + " from " + source
                        + " (not started by the workshop)",
                local));
    }

    static ExternalDynamoDb realAws(String region, String source) {
        return new ExternalDynamoDb(new DynamoDbEndpoint(
                URI.create("https://dynamodb." + region + ".amazonaws.com"),
                region,
                "real AWS DynamoDB in " + region + " (asked for with " + source + ")",
                false));
    }

    /** Deletes all tables on a local endpoint; refused on real AWS. */
    @Override
    public void reset() {
        if (!endpoint().local()) {
            throw new UnsupportedOperationException("reset() deletes every table, so it is never done on real AWS ("
                    + endpoint().description() + "). Delete test data yourself, or use a local backend.");
        }
        deleteAllTables();
    }

    @Override
    protected void stop() {
        // Not ours to stop.
    }

    private static boolean isAwsHost(URI uri) {
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase();
        return host.endsWith(".amazonaws.com") || host.endsWith(".amazonaws.com.cn");
    }
}
