package workshop.kit.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.PrintStream;
import java.util.Optional;
import java.util.function.Function;
import momento.sdk.CacheClient;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.kit.backends.LocalBackends;
import workshop.kit.lambda.LambdaEnvironment;

/**
 * A step served as {@code ./workshop run} serves it: its table and cache made, its Lambda handler
 * created once (as in one execution environment), and the local gateway in front with the log and
 * the inspector. {@code RunCommand} starts one; so do the tests that try {@code run} as a learner
 * would, so both go through the same wiring.
 */
public final class LocalRun implements AutoCloseable {
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final LocalGateway gateway;
    private final Settings settings;

    private LocalRun(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            LocalGateway gateway,
            Settings settings) {
        this.handler = handler;
        this.gateway = gateway;
        this.settings = settings;
    }

    /**
     * Serves the handler on 127.0.0.1:port (0 picks a free port).
     *
     * @param backends the backends to run on; the caller stops them
     * @param handlerFactory builds the step's handler for the given settings
     * @param showCalls whether each request's cache and DynamoDB calls are printed under its log line
     */
    public static LocalRun start(
            LocalBackends backends,
            String tableName,
            String cacheName,
            Function<Settings, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlerFactory,
            int port,
            PrintStream log,
            boolean showCalls) {
        Settings settings = backends.settings(tableName, cacheName);
        // Locally the tools stand in for Lambda's environment variables, so code that reads
        // Settings.fromEnvironment() (a client built per request, say) reaches these backends too.
        LambdaEnvironment.use(settings);
        backends.dynamoDb().createTable(tableName);
        createCache(backends, settings);
        RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = handlerFactory.apply(settings);
        WatchedBackends watched =
                new WatchedBackends(backends.localMomento(), cacheName, Optional.of(TableView.open(settings)));
        try {
            return new LocalRun(handler, LocalGateway.start(handler, port, watched, log, showCalls), settings);
        } catch (RuntimeException e) {
            closeHandler(handler);
            throw e;
        }
    }

    private static void createCache(LocalBackends backends, Settings settings) {
        if (backends.localMomento().isPresent()) {
            backends.localMomento().get().createCache(settings.cacheName());
            return;
        }
        // Real Momento: create the cache if it is missing (ALREADY_EXISTS is fine).
        try (CacheClient momento = Clients.momento(settings)) {
            momento.createCache(settings.cacheName()).join();
        }
    }

    public LocalGateway gateway() {
        return gateway;
    }

    public String baseUrl() {
        return gateway.baseUrl();
    }

    public Settings settings() {
        return settings;
    }

    /** Stops serving and closes the handler's clients; the backends are the caller's. */
    @Override
    public void close() {
        gateway.close();
        closeHandler(handler);
    }

    private static void closeHandler(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        if (handler instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // Closing clients at the end of a run: nothing left that could go wrong for the learner.
            }
        }
    }
}
