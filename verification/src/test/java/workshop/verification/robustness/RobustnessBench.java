package workshop.verification.robustness;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.MomentoAccess;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountTable;
import workshop.kit.backends.LocalBackends;
import workshop.kit.checks.AccountApi;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.momento.LocalMomentoServer;

/**
 * What a robustness test stands on: the JVM's shared local backends (moto and the local Momento
 * server), a table and a cache of its own, a step's handler built for them with a chosen cache
 * deadline, a client for reading the table behind the service's back (not counted, never faulted),
 * and an auditor of the cache against the table. Needs the local Momento server: faults, peeks
 * and the clock are what these tests are about.
 */
public final class RobustnessBench implements AutoCloseable {
    public static final String TABLE = "accounts";

    private final LocalBackends backends;
    private final LocalMomentoServer momento;
    private final Settings settings;
    private final DynamoDbClient uncounted;
    private final AccountTable table;
    private final Function<Settings, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlerFactory;

    public RobustnessBench(
            Function<Settings, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlerFactory,
            String cacheName,
            Duration cacheTimeout) {
        this.handlerFactory = handlerFactory;
        this.backends = LocalBackends.shared();
        this.momento = backends.localMomento().orElse(null);
        this.settings = backends.settings(TABLE, cacheName).withCacheTimeout(cacheTimeout);
        this.uncounted =
                DynamoDbCalls.notCounted(Clients.dynamoDbBuilder(settings)).build();
        this.table = new AccountTable(uncounted, TABLE);
    }

    /** False when the tests run on real Momento; they then skip, saying so. */
    public boolean hasLocalMomento() {
        return momento != null;
    }

    /** An empty table, an empty cache with no faults and an empty log, no planned DynamoDB faults. */
    public void reset() {
        backends.startFromNothing(TABLE, settings.cacheName());
    }

    public RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> newHandler() {
        return handlerFactory.apply(settings);
    }

    /** A handler whose cache is another Momento-compatible server (e.g. one the test will stop). */
    public RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> newHandler(LocalMomentoServer otherServer) {
        return handlerFactory.apply(settingsFor(otherServer));
    }

    public Settings settingsFor(LocalMomentoServer otherServer) {
        return new Settings(
                settings.tableName(),
                settings.region(),
                settings.dynamoDbEndpoint(),
                settings.cacheName(),
                new MomentoAccess.LocalServer(otherServer.host(), otherServer.port()),
                settings.cacheTimeout());
    }

    public AccountApi newApi() {
        return new AccountApi(newHandler());
    }

    public Settings settings() {
        return settings;
    }

    public String cacheName() {
        return settings.cacheName();
    }

    public LocalMomentoServer momento() {
        return momento;
    }

    public LocalBackends backends() {
        return backends;
    }

    public AccountTable table() {
        return table;
    }

    public DynamoDbClient uncountedDynamoDb() {
        return uncounted;
    }

    public Map<String, Map<String, AttributeValue>> scanTable() {
        return TableContents.scan(uncounted, TABLE);
    }

    /** Every live cache entry, key to value. */
    public Map<String, String> cacheContents() {
        return cacheContents(momento);
    }

    public Map<String, String> cacheContents(LocalMomentoServer server) {
        Map<String, String> entries = new TreeMap<>();
        for (String key : server.keys(settings.cacheName())) {
            Optional<String> value = server.peek(settings.cacheName(), key);
            value.ifPresent(v -> entries.put(key, v));
        }
        return entries;
    }

    public ConsistencyAuditor auditor() {
        return new ConsistencyAuditor(momento, settings.cacheName(), table);
    }

    public ConsistencyAuditor auditor(LocalMomentoServer server) {
        return new ConsistencyAuditor(server, settings.cacheName(), table);
    }

    @Override
    public void close() {
        DynamoDbCalls.clearFaults();
        if (momento != null) {
            momento.faults().clear();
        }
        uncounted.close();
    }
}
