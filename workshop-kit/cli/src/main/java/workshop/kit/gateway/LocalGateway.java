package workshop.kit.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.lambda.HttpApiEvents;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * A local stand-in for API Gateway's HTTP API: each HTTP request on 127.0.0.1 becomes the event AWS
 * would send ({@link HttpApiEvents}), the step's Lambda handler answers it, and the answer goes back
 * as the HTTP response. One line per request says what it cost, with the request's cache and
 * DynamoDB calls indented under it ({@link RequestLogLine}).
 *
 * <p>Paths under {@code /_workshop} belong to the workshop's tools (the {@link Inspector} and the
 * {@link ClockControl clock}) and never reach the handler.
 */
public final class LocalGateway implements AutoCloseable {
    /** API Gateway accepts bigger bodies, but the service never needs more, and a cap keeps a stray upload from filling memory. */
    static final int MAX_BODY_BYTES = 1024 * 1024;

    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private final WatchedBackends watched;
    private final Optional<LocalMomentoServer> localMomento;
    private final PrintStream log;
    private final boolean showCalls;
    private final HttpServer server;
    private final ExecutorService executor;
    private final ClockControl clock;
    private final RecentRequests recentRequests = new RecentRequests();
    private final Inspector inspector;

    private LocalGateway(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            WatchedBackends watched,
            PrintStream log,
            boolean showCalls,
            HttpServer server) {
        this.handler = handler;
        this.watched = watched;
        this.localMomento = watched.localMomento();
        this.log = log;
        this.showCalls = showCalls;
        this.server = server;
        this.clock = new ClockControl(localMomento.map(LocalMomentoServer::clock), log);
        this.inspector = new Inspector(watched, clock, recentRequests);
        // A few threads read and write HTTP; the handler itself still sees one event at a time (see invoke).
        this.executor = Executors.newFixedThreadPool(4);
        server.setExecutor(executor);
        server.createContext("/", this::serve);
    }

    /**
     * Starts serving on 127.0.0.1:port (0 picks a free port), with nothing to inspect but the cache's log.
     *
     * @param localMomento the workshop's local Momento server, whose operations log shows cache hits and misses; empty on real Momento
     * @param log where the per-request lines go
     */
    public static LocalGateway start(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            int port,
            Optional<LocalMomentoServer> localMomento,
            PrintStream log) {
        return start(handler, port, WatchedBackends.cacheLog(localMomento), log, true);
    }

    /**
     * Starts serving on 127.0.0.1:port (0 picks a free port).
     *
     * @param watched the cache and table the log and the inspector look at; the gateway closes its table view
     * @param log where the per-request lines and clock moves go
     * @param showCalls whether each request's cache and DynamoDB calls are printed under its line
     */
    public static LocalGateway start(
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
            int port,
            WatchedBackends watched,
            PrintStream log,
            boolean showCalls) {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        } catch (IOException e) {
            watched.table().ifPresent(TableView::close);
            throw new UncheckedIOException(
                    "Cannot listen on 127.0.0.1:" + port + " (" + e.getMessage()
                            + "). Is something else using the port? Pick another with --port.",
                    e);
        }
        LocalGateway gateway = new LocalGateway(handler, watched, log, showCalls, server);
        server.start();
        return gateway;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + port();
    }

    /** The cache clock's control, shared with {@link ClockConsole} so typed moves and the page's add up. */
    public ClockControl clock() {
        return clock;
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
        watched.table().ifPresent(TableView::close);
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            String path = exchange.getRequestURI().getRawPath();
            // Checked on the raw and the decoded path alike: /%5Fworkshop/... must not reach the handler either.
            if (Inspector.owns(path) || Inspector.owns(exchange.getRequestURI().getPath())) {
                serveTools(exchange);
                return;
            }
            forwardToHandler(exchange, path);
        }
    }

    private void serveTools(HttpExchange exchange) throws IOException {
        try {
            inspector.serve(exchange, exchange.getRequestURI().getPath());
        } catch (RuntimeException e) {
            log.println("The workshop inspector failed on "
                    + exchange.getRequestURI().getPath() + ": " + e);
            respond(
                    exchange,
                    500,
                    Map.of("content-type", "application/json"),
                    "{\"error\":\"The workshop inspector failed; the run terminal says why.\"}");
        }
    }

    private void forwardToHandler(HttpExchange exchange, String path) throws IOException {
        long started = System.nanoTime();
        String method = exchange.getRequestMethod();
        Optional<String> body = readBody(exchange.getRequestBody());
        if (body.isEmpty()) {
            logRequest(new RequestLogLine(method, path, 413, millisSince(started), 0, 0, cacheLookups(List.of())));
            respond(
                    exchange,
                    413,
                    Map.of("content-type", "application/json"),
                    "{\"error\":\"The request body is larger than " + MAX_BODY_BYTES + " bytes\"}");
            return;
        }
        APIGatewayV2HTTPEvent event = HttpApiEvents.event(
                method, path, headersOf(exchange), body.get().isEmpty() ? null : body.get());
        String query = exchange.getRequestURI().getRawQuery();
        if (query != null) {
            event.setRawQueryString(query);
        }

        Invocation invocation = invoke(event);
        APIGatewayV2HTTPResponse response = invocation.response();
        // Logged before answering, so the line is there by the time the client has its response.
        logRequest(new RequestLogLine(
                method,
                path,
                response.getStatusCode(),
                millisSince(started),
                invocation.dynamoDbCalls().reads(),
                invocation.dynamoDbCalls().writes(),
                cacheLookups(invocation.cacheOperations()),
                invocation.calls()));
        respond(exchange, response.getStatusCode(), headersOf(response), bodyOf(response));
    }

    private void logRequest(RequestLogLine line) {
        log.println(showCalls ? line.formatWithCalls() : line.format());
        recentRequests.add(line);
    }

    /**
     * What one invocation of the handler did.
     *
     * @param cacheOperations the cache calls it made, from the local server's log
     * @param calls those and its DynamoDB calls, in the order they were made
     */
    private record Invocation(
            APIGatewayV2HTTPResponse response,
            DynamoDbCalls.Snapshot dynamoDbCalls,
            List<CacheOperation> cacheOperations,
            List<BackendCall> calls) {}

    /**
     * One event at a time, as in one Lambda execution environment: the counts of DynamoDB calls and
     * cache lookups around it then belong to this request alone.
     */
    private synchronized Invocation invoke(APIGatewayV2HTTPEvent event) {
        int cacheLogBefore = cacheLogSize();
        DynamoDbCalls.Snapshot callsBefore = DynamoDbCalls.snapshot();
        APIGatewayV2HTTPResponse response;
        List<DynamoDbCallTrace.TracedCall> dynamoDbTrace;
        try (DynamoDbCallTrace.Recording recording = DynamoDbCallTrace.record(() -> cacheLogSize() - cacheLogBefore)) {
            response = callHandler(event);
            dynamoDbTrace = recording.calls();
        }
        DynamoDbCalls.Snapshot calls = DynamoDbCalls.snapshot().minus(callsBefore);
        List<CacheOperation> cacheOperations = localMomento
                .map(server -> server.operationsSince(cacheLogBefore))
                .orElse(List.of());
        return new Invocation(response, calls, cacheOperations, inOrder(cacheOperations, dynamoDbTrace));
    }

    /** A handler that throws or returns nothing gets what API Gateway answers when a function fails. */
    private APIGatewayV2HTTPResponse callHandler(APIGatewayV2HTTPEvent event) {
        try {
            APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
            if (response == null) {
                log.println("The handler returned no response (null); API Gateway answers 500 then.");
                return internalServerError();
            }
            return response;
        } catch (RuntimeException e) {
            log.println("The handler threw " + e + " (API Gateway answers 500 then)");
            return internalServerError();
        }
    }

    /**
     * The cache operations and DynamoDB calls as one list, in the order they happened: each DynamoDB
     * call goes after the cache operations that were logged before it was made.
     */
    static List<BackendCall> inOrder(
            List<CacheOperation> cacheOperations, List<DynamoDbCallTrace.TracedCall> dynamoDbCalls) {
        List<BackendCall> calls = new ArrayList<>();
        int next = 0;
        for (int position = 0; position <= cacheOperations.size(); position++) {
            while (next < dynamoDbCalls.size() && dynamoDbCalls.get(next).cachePosition() <= position) {
                calls.add(dynamoDbCalls.get(next++).call());
            }
            if (position < cacheOperations.size()) {
                calls.add(CacheOperationText.describe(cacheOperations.get(position)));
            }
        }
        while (next < dynamoDbCalls.size()) {
            calls.add(dynamoDbCalls.get(next++).call());
        }
        return calls;
    }

    private static APIGatewayV2HTTPResponse internalServerError() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(500)
                .withHeaders(Map.of("content-type", "application/json"))
                .withBody("{\"message\":\"Internal Server Error\"}")
                .build();
    }

    /** The body as text, or empty when it is over the cap. */
    private static Optional<String> readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        if (bytes.length > MAX_BODY_BYTES) {
            return Optional.empty();
        }
        return Optional.of(new String(bytes, StandardCharsets.UTF_8));
    }

    private static Map<String, String> headersOf(HttpExchange exchange) {
        Map<String, String> headers = new LinkedHashMap<>();
        // API Gateway joins repeated headers with commas.
        exchange.getRequestHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        return headers;
    }

    private static Map<String, String> headersOf(APIGatewayV2HTTPResponse response) {
        Map<String, String> headers = new LinkedHashMap<>();
        if (response.getHeaders() != null) {
            headers.putAll(response.getHeaders());
        }
        if (response.getMultiValueHeaders() != null) {
            response.getMultiValueHeaders().forEach((name, values) -> headers.put(name, String.join(",", values)));
        }
        return headers;
    }

    private static byte[] bodyOf(APIGatewayV2HTTPResponse response) {
        if (response.getBody() == null) {
            return new byte[0];
        }
        return response.getIsBase64Encoded()
                ? Base64.getDecoder().decode(response.getBody())
                : response.getBody().getBytes(StandardCharsets.UTF_8);
    }

    static void respond(HttpExchange exchange, int status, Map<String, String> headers, String body)
            throws IOException {
        respond(exchange, status, headers, body.getBytes(StandardCharsets.UTF_8));
    }

    static void respond(HttpExchange exchange, int status, Map<String, String> headers, byte[] body)
            throws IOException {
        headers.forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        // -1 tells the JDK server there is no body (204 and friends must not have one).
        exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
        if (body.length > 0) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private int cacheLogSize() {
        return localMomento.map(LocalMomentoServer::operationCount).orElse(0);
    }

    /** GET hits and misses among the request's cache operations; empty when the cache is not the local server. */
    private Optional<RequestLogLine.CacheLookups> cacheLookups(List<CacheOperation> operations) {
        return localMomento.map(server -> {
            long hits = operations.stream()
                    .filter(op -> op.operation() == Operation.GET && op.outcome() == Outcome.HIT)
                    .count();
            long misses = operations.stream()
                    .filter(op -> op.operation() == Operation.GET && op.outcome() == Outcome.MISS)
                    .count();
            return new RequestLogLine.CacheLookups(hits, misses);
        });
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }
}
