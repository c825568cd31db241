package workshop.kit.dynamodb;

/** moto_server, started by the workshop on a free loopback port and stopped on close. */
final class MotoDynamoDb extends DynamoDbBackend {
    private final MotoServer server;

    private MotoDynamoDb(MotoServer server, String region) {
        super(new DynamoDbEndpoint(
                server.uri(),
                region,
                server.installation().displayName()
                        + (server.version().isEmpty() ? "" : " " + server.version())
                        + " on 127.0.0.1:" + server.port() + " (started by the workshop)",
                true));
        this.server = server;
    }

    static MotoDynamoDb start(MotoInstallation moto, String region) {
        return new MotoDynamoDb(MotoServer.start(moto), region);
    }

    /** moto's own reset API: ~10 ms, much faster than deleting tables one by one. */
    @Override
    public void reset() {
        server.reset();
    }

    @Override
    protected void stop() {
        server.close();
    }
}
