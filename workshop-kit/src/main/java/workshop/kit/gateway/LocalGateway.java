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
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * A local stand-in for API Gateway's HTTP API: each HTTP request on 127.0.0.1 becomes the event AWS
 * would send ({@link HttpApiEvents}), the step's Lambda handler answers it, and the answer goes back
 * as the HTTP response. One line per request says what it cost ({@link RequestLogLine}).
 */
public final class LocalGateway implements AutoCloseable {
  /** API Gateway accepts bigger bodies, but the service never needs more, and a cap keeps a stray upload from filling memory. */
  static final int MAX_BODY_BYTES = 1024 * 1024;

  private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
  private final Optional<LocalMomentoServer> localMomento;
  private final PrintStream log;
  private final HttpServer server;
  private final ExecutorService executor;

  private LocalGateway(
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
      Optional<LocalMomentoServer> localMomento,
      PrintStream log,
      HttpServer server) {
    this.handler = handler;
    this.localMomento = localMomento;
    this.log = log;
    this.server = server;
    // A few threads read and write HTTP; the handler itself still sees one event at a time (see invoke).
    this.executor = Executors.newFixedThreadPool(4);
    server.setExecutor(executor);
    server.createContext("/", this::serve);
  }

  /**
   * Starts serving on 127.0.0.1:port (0 picks a free port).
   *
   * @param localMomento the workshop's local Momento server, whose operations log shows cache hits and misses; empty on real Momento
   * @param log where the per-request lines go
   */
  public static LocalGateway start(
      RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
      int port,
      Optional<LocalMomentoServer> localMomento,
      PrintStream log) {
    HttpServer server;
    try {
      server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot listen on 127.0.0.1:" + port + " (" + e.getMessage() + "). Is something else using the port? Pick another with --port.", e);
    }
    LocalGateway gateway = new LocalGateway(handler, localMomento, log, server);
    server.start();
    return gateway;
  }

  public int port() {
    return server.getAddress().getPort();
  }

  public String baseUrl() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private void serve(HttpExchange exchange) throws IOException {
    try (exchange) {
      long started = System.nanoTime();
      String method = exchange.getRequestMethod();
      String path = exchange.getRequestURI().getRawPath();
      Optional<String> body = readBody(exchange.getRequestBody());
      if (body.isEmpty()) {
        log.println(new RequestLogLine(method, path, 413, millisSince(started), 0, 0, cacheLookupsSince(cacheLogSize())).format());
        respond(exchange, 413, Map.of("content-type", "application/json"),
            "{\"error\":\"The request body is larger than " + MAX_BODY_BYTES + " bytes\"}");
        return;
      }
      APIGatewayV2HTTPEvent event =
          HttpApiEvents.event(method, path, headersOf(exchange), body.get().isEmpty() ? null : body.get());
      String query = exchange.getRequestURI().getRawQuery();
      if (query != null) {
        event.setRawQueryString(query);
      }

      int cacheLogBefore = cacheLogSize();
      DynamoDbCalls.Snapshot callsBefore = DynamoDbCalls.snapshot();
      APIGatewayV2HTTPResponse response = invoke(event);
      DynamoDbCalls.Snapshot calls = DynamoDbCalls.snapshot().minus(callsBefore);
      Optional<RequestLogLine.CacheLookups> lookups = cacheLookupsSince(cacheLogBefore);

      // Logged before answering, so the line is there by the time the client has its response.
      log.println(new RequestLogLine(method, path, response.getStatusCode(), millisSince(started),
          calls.reads(), calls.writes(), lookups).format());
      respond(exchange, response.getStatusCode(), headersOf(response), bodyOf(response));
    }
  }

  /**
   * One event at a time, as in one Lambda execution environment: the counts of DynamoDB calls and
   * cache lookups around it then belong to this request alone. A handler that throws gets what API
   * Gateway answers when a function fails.
   */
  private synchronized APIGatewayV2HTTPResponse invoke(APIGatewayV2HTTPEvent event) {
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

  private static void respond(HttpExchange exchange, int status, Map<String, String> headers, String body) throws IOException {
    respond(exchange, status, headers, body.getBytes(StandardCharsets.UTF_8));
  }

  private static void respond(HttpExchange exchange, int status, Map<String, String> headers, byte[] body) throws IOException {
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
    return localMomento.map(server -> server.operations().size()).orElse(0);
  }

  /** GET hits and misses the local Momento server logged since its log had {@code sizeBefore} lines. */
  private Optional<RequestLogLine.CacheLookups> cacheLookupsSince(int sizeBefore) {
    return localMomento.map(server -> {
      List<CacheOperation> operations = server.operations();
      // Someone cleared the log in between: everything in it is new.
      List<CacheOperation> recent = operations.size() >= sizeBefore ? operations.subList(sizeBefore, operations.size()) : operations;
      long hits = recent.stream().filter(op -> op.operation() == Operation.GET && op.outcome() == Outcome.HIT).count();
      long misses = recent.stream().filter(op -> op.operation() == Operation.GET && op.outcome() == Outcome.MISS).count();
      return new RequestLogLine.CacheLookups(hits, misses);
    });
  }

  private static long millisSince(long startNanos) {
    return (System.nanoTime() - startNanos) / 1_000_000;
  }
}
