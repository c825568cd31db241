package workshop.kit.backends;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;
import workshop.accounts.clients.MomentoAccess;
import workshop.accounts.clients.Settings;
import workshop.kit.Timings;
import workshop.kit.dynamodb.DynamoDbBackends;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.dynamodb.RunningDynamoDb;
import workshop.kit.momento.CacheClock;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.ManualClock;

/**
 * The backends of one JVM: a DynamoDB-compatible server and a Momento (the workshop's local
 * server unless MOMENTO_API_KEY names a real one). Started once, on first use, shared by every
 * check class, and stopped when the JVM exits, so no moto_server outlives a run.
 */
public final class LocalBackends implements AutoCloseable {
    private static LocalBackends shared;

    private final RunningDynamoDb dynamoDb;
    private final Optional<LocalMomentoServer> localMomento;
    private final MomentoAccess momentoAccess;

    private LocalBackends(
            RunningDynamoDb dynamoDb, Optional<LocalMomentoServer> localMomento, MomentoAccess momentoAccess) {
        this.dynamoDb = dynamoDb;
        this.localMomento = localMomento;
        this.momentoAccess = momentoAccess;
    }

    /** The JVM's backends, started on the first call. */
    public static synchronized LocalBackends shared() {
        return shared(LocalBackends::start);
    }

    /**
     * The same, for a command a learner runs again and again ({@code ./workshop check}): if moto is
     * what this machine has, the first call takes the moto kept running between commands in {@code
     * warmDirectory} (started if none runs), which stops by itself after {@code idle} without a
     * command. See {@code WarmMoto}.
     */
    public static synchronized LocalBackends sharedKeepingMotoWarm(Path warmDirectory, Duration idle) {
        return shared(() -> start(() -> DynamoDbBackends.startKeepingMotoWarm(warmDirectory, idle), new ManualClock()));
    }

    private static LocalBackends shared(Supplier<LocalBackends> start) {
        if (shared == null) {
            shared = start.get();
            Runtime.getRuntime().addShutdownHook(new Thread(shared::close, "stop-local-backends"));
        }
        return shared;
    }

    /** Starts a fresh pair of backends, the local cache on a {@link ManualClock}; the caller closes them. */
    public static LocalBackends start() {
        return start(new ManualClock());
    }

    /**
     * Starts a fresh pair of backends; the caller closes them. {@code cacheClock} is the time the
     * local Momento server expires entries by (checks: a {@link ManualClock}; {@code ./workshop run}:
     * a {@code WallClock}); unused on real Momento.
     */
    public static LocalBackends start(CacheClock cacheClock) {
        return start(DynamoDbBackends::start, cacheClock);
    }

    /**
     * The two start side by side: DynamoDB is a process of its own (or one that runs already), the
     * local Momento server a few threads in this JVM.
     */
    private static LocalBackends start(Supplier<RunningDynamoDb> startDynamoDb, CacheClock cacheClock) {
        String apiKey = System.getenv(Settings.MOMENTO_API_KEY);
        if (apiKey != null && !apiKey.isBlank()) {
            RunningDynamoDb dynamoDb = Timings.time("DynamoDB backend start", startDynamoDb);
            return new LocalBackends(dynamoDb, Optional.empty(), new MomentoAccess.ApiKey(apiKey));
        }
        FutureTask<LocalMomentoServer> momento = new FutureTask<>(
                () -> Timings.time("local Momento server start", () -> LocalMomentoServer.start(cacheClock)));
        Thread starter = new Thread(momento, "start-local-momento");
        starter.setDaemon(true);
        starter.start();
        RunningDynamoDb dynamoDb;
        try {
            dynamoDb = Timings.time("DynamoDB backend start", startDynamoDb);
        } catch (RuntimeException e) {
            stopWhenStarted(momento);
            throw e;
        }
        try {
            LocalMomentoServer server = momento.get();
            return new LocalBackends(
                    dynamoDb, Optional.of(server), new MomentoAccess.LocalServer(server.host(), server.port()));
        } catch (ExecutionException e) {
            dynamoDb.close();
            throw e.getCause() instanceof RuntimeException cause ? cause : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            dynamoDb.close();
            stopWhenStarted(momento);
            throw new IllegalStateException("Interrupted while the local Momento server started", e);
        }
    }

    /** Stops the local Momento server once its start ends, if it started at all. */
    private static void stopWhenStarted(FutureTask<LocalMomentoServer> momento) {
        Thread stopper = new Thread(
                () -> {
                    try {
                        momento.get().close();
                    } catch (ExecutionException | InterruptedException notStarted) {
                        // nothing to stop
                    }
                },
                "stop-local-momento");
        stopper.setDaemon(true);
        stopper.start();
    }

    /** Settings that point a handler at these backends, with its own table and cache. */
    public Settings settings(String tableName, String cacheName) {
        return new Settings(
                tableName,
                dynamoDb.endpoint().region(),
                Optional.of(dynamoDb.endpoint().uri()),
                cacheName,
                momentoAccess,
                Settings.DEFAULT_CACHE_TIMEOUT);
    }

    /**
     * An empty table, an empty local cache with no faults and an empty log, no planned DynamoDB
     * faults, DynamoDB counts at zero. (On real Momento the caller flushes the cache itself.)
     */
    public void startFromNothing(String tableName, String cacheName) {
        dynamoDb.reset();
        dynamoDb.createTable(tableName);
        DynamoDbCalls.clearFaults();
        DynamoDbCalls.reset();
        localMomento.ifPresent(server -> {
            server.createCache(cacheName);
            server.flush(cacheName);
            server.faults().clear();
            server.clearOperations();
        });
    }

    public RunningDynamoDb dynamoDb() {
        return dynamoDb;
    }

    /** The local Momento server, or empty when the checks run against real Momento. */
    public Optional<LocalMomentoServer> localMomento() {
        return localMomento;
    }

    /** One line per backend: what was picked and where it is. */
    public String describe() {
        String momento = localMomento
                .map(server -> "the workshop's local Momento server on " + server.host() + ":" + server.port())
                .orElse("Momento (MOMENTO_API_KEY is set)");
        return "DynamoDB: " + dynamoDb.endpoint().description() + System.lineSeparator() + "Momento:  " + momento;
    }

    @Override
    public void close() {
        localMomento.ifPresent(LocalMomentoServer::close);
        dynamoDb.close();
    }
}
