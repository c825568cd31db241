package workshop.kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import momento.sdk.CacheClient;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configurations;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.ManualClock;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * The gateway's {@code /_workshop} corner: the inspector's page and data, the clock, and the rule
 * that none of it reaches the Lambda handler. A fake handler stands in for a step; the cache is the
 * real local Momento server (no DynamoDB needed here: the step modules test that part).
 */
class WorkshopPathsTest {
    private static final String CACHE = "accounts";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final PrintStream log = new PrintStream(logged, true, StandardCharsets.UTF_8);
    private final HttpClient http =
            HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();
    private final List<String> handlerSaw = new CopyOnWriteArrayList<>();
    private final ManualClock clock = new ManualClock();
    private LocalMomentoServer momento;
    private CacheClient cacheClient;
    private LocalGateway gateway;

    /** Reads USER#alice through the cache, read-aside style, and stores it on a miss. */
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> readAside = (event, context) -> {
        handlerSaw.add(event.getRawPath());
        if (event.getRawPath().equals("/users/alice")) {
            if (cacheClient.get(CACHE, "USER#alice").join() instanceof momento.sdk.responses.cache.GetResponse.Miss) {
                cacheClient
                        .set(CACHE, "USER#alice", "{\"username\":\"alice\"}", Duration.ofSeconds(60))
                        .join();
            }
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(200)
                .withBody("{}")
                .build();
    };

    private void startWithLocalMomento() {
        momento = LocalMomentoServer.start(clock);
        momento.createCache(CACHE);
        cacheClient = CacheClient.create(
                new MomentoLocalProvider(momento.host(), momento.port()),
                Configurations.Laptop.latest().withTimeout(Duration.ofSeconds(2)),
                Duration.ofSeconds(60));
        gateway = LocalGateway.start(
                readAside, 0, new WatchedBackends(Optional.of(momento), CACHE, Optional.empty()), log, true);
    }

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
        if (cacheClient != null) {
            cacheClient.close();
        }
        if (momento != null) {
            momento.close();
        }
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path) throws IOException, InterruptedException {
        return http.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + path))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void workshopPathsNeverReachTheHandler() throws Exception {
        startWithLocalMomento();
        assertThat(get("/_workshop").statusCode()).isEqualTo(302);
        assertThat(get("/_workshop/").statusCode()).isEqualTo(200);
        assertThat(get("/_workshop/state").statusCode()).isEqualTo(200);
        assertThat(get("/_workshop/inspector.js").statusCode()).isEqualTo(200);
        assertThat(get("/_workshop/users/alice").statusCode()).isEqualTo(404);
        assertThat(get("/_workshop/../users/alice").statusCode()).isIn(400, 404);
        assertThat(get("/%5Fworkshop/state").statusCode()).isEqualTo(200);
        assertThat(post("/_workshop/clock?advance=1").statusCode()).isEqualTo(200);
        assertThat(get("/_workshop/clock").statusCode()).isEqualTo(405);

        assertThat(handlerSaw).isEmpty();
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("/_workshop/state", "/_workshop/ ");
    }

    @Test
    void aPathThatOnlyStartsLikeTheToolsGoesToTheHandler() throws Exception {
        startWithLocalMomento();
        get("/_workshopping");
        assertThat(handlerSaw).containsExactly("/_workshopping");
    }

    @Test
    void anUnknownToolsPathIsA404ThatSaysWhereTheInspectorIs() throws Exception {
        startWithLocalMomento();
        HttpResponse<String> response = get("/_workshop/nothing-here");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(response.body()).get("error").asText())
                .contains("/_workshop/nothing-here", "The inspector is at /_workshop/");
    }

    @Test
    void theClockMovesOverHttpAndTheLogSaysSo() throws Exception {
        startWithLocalMomento();
        HttpResponse<String> response = post("/_workshop/clock?advance=61");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode answer = JSON.readTree(response.body());
        assertThat(answer.get("advancedSeconds").asInt()).isEqualTo(61);
        assertThat(answer.get("clockSkewSeconds").asInt()).isEqualTo(61);
        assertThat(clock.now()).isEqualTo(ManualClock.DEFAULT_START.plusSeconds(61));
        assertThat(logged.toString(StandardCharsets.UTF_8))
                .contains("Cache clock moved 61 s forward (POST /_workshop/clock); it is now 61 s ahead of real time.");
        assertThat(JSON.readTree(get("/_workshop/state").body())
                        .get("clockSkewSeconds")
                        .asInt())
                .isEqualTo(61);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "?advance=",
                "?advance=abc",
                "?advance=-5",
                "?advance=1e3",
                "?advance=99999999999",
                "?advance=31536001",
                "?advance=60&advance=60",
                "?advance=%2D5",
                "?seconds=60"
            })
    void aBadAdvanceIsA400ThatMovesNothing(String query) throws Exception {
        startWithLocalMomento();
        HttpResponse<String> response = post("/_workshop/clock" + query);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(response.body()).get("error").asText())
                .isNotBlank()
                .contains("advance=60");
        assertThat(clock.nanos()).isZero();
        assertThat(logged.toString(StandardCharsets.UTF_8)).doesNotContain("Cache clock moved");
    }

    @Test
    void aGarbledQueryIsRefusedAndMovesNothing() throws Exception {
        startWithLocalMomento();
        // Java's HTTP client will not send a malformed escape; curl would, so write the request by hand.
        try (java.net.Socket socket = new java.net.Socket("127.0.0.1", gateway.port())) {
            socket.getOutputStream()
                    .write(("POST /_workshop/clock?advance=%ZZ HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                                    + "Content-Length: 0\r\nConnection: close\r\n\r\n")
                            .getBytes(StandardCharsets.US_ASCII));
            String answer = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(answer).startsWith("HTTP/1.1 400");
        }
        assertThat(clock.nanos()).isZero();
        assertThat(handlerSaw).isEmpty();
    }

    @Test
    void onRealMomentoTheClockCannotMove() throws Exception {
        gateway = LocalGateway.start(readAside, 0, WatchedBackends.cacheLog(Optional.empty()), log, true);
        HttpResponse<String> response = post("/_workshop/clock?advance=60");
        assertThat(response.statusCode()).isEqualTo(409);
        assertThat(JSON.readTree(response.body()).get("error").asText()).contains("MOMENTO_API_KEY");
        assertThat(JSON.readTree(get("/_workshop/state").body())
                        .get("clockMovable")
                        .asBoolean())
                .isFalse();
    }

    @Test
    void thePageIsPlainHtmlThatRunsOnlyItsOwnScript() throws Exception {
        startWithLocalMomento();
        HttpResponse<String> page = get("/_workshop/");
        assertThat(page.headers().firstValue("content-type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("content-security-policy").orElseThrow())
                .contains("script-src 'self'");
        assertThat(page.body()).contains("/_workshop/inspector.js").doesNotContain("http://", "https://");
        String script = get("/_workshop/inspector.js").body();
        // Values reach the page as text only; the browser test shows it with a name like "<script>".
        assertThat(script)
                .contains("textContent")
                .doesNotContain("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(");
    }

    @Test
    void eachRequestIsLoggedWithItsCacheCallsInOrderUnderIt() throws Exception {
        startWithLocalMomento();
        get("/users/alice");
        clock.advance(Duration.ofSeconds(18));
        get("/users/alice");

        List<String> lines = logged.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(5);
        assertThat(lines.get(0)).startsWith("GET    /users/alice").endsWith("cache: 0 hits 1 miss");
        assertThat(lines.get(1)).isEqualTo("       cache     GET USER#alice miss");
        assertThat(lines.get(2)).isEqualTo("       cache     SET USER#alice ttl 60 s");
        assertThat(lines.get(3)).endsWith("cache: 1 hit  0 misses");
        assertThat(lines.get(4)).isEqualTo("       cache     GET USER#alice hit (expires in 42 s)");
    }

    @Test
    void theStateListsTheLastRequestsNewestFirstWithTheirCalls() throws Exception {
        startWithLocalMomento();
        get("/users/alice");
        get("/users/alice");

        JsonNode state = JSON.readTree(get("/_workshop/state").body());
        JsonNode requests = state.get("requests");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0).get("calls").get(0).get("text").asText()).startsWith("GET USER#alice hit");
        assertThat(requests.get(1).get("calls")).hasSize(2);
        assertThat(requests.get(1).get("calls").get(1).get("backend").asText()).isEqualTo("cache");
        JsonNode entry = state.get("entries").get(0);
        assertThat(entry.get("key").asText()).isEqualTo("USER#alice");
        assertThat(entry.get("cached").asText()).isEqualTo("{\"username\":\"alice\"}");
        assertThat(entry.get("ttlSecondsLeft").asLong()).isEqualTo(60);
        assertThat(entry.get("table").isNull()).isTrue();
        assertThat(state.get("clockSkewSeconds").asInt()).isZero();
    }

    @Test
    void briefLogsOneLinePerRequest() throws Exception {
        momento = LocalMomentoServer.start(clock);
        momento.createCache(CACHE);
        cacheClient = CacheClient.create(
                new MomentoLocalProvider(momento.host(), momento.port()),
                Configurations.Laptop.latest().withTimeout(Duration.ofSeconds(2)),
                Duration.ofSeconds(60));
        gateway = LocalGateway.start(
                readAside, 0, new WatchedBackends(Optional.of(momento), CACHE, Optional.empty()), log, false);
        get("/users/alice");
        assertThat(logged.toString(StandardCharsets.UTF_8).lines()).hasSize(1);
    }

    @Test
    void dynamoDbCallsGoBetweenTheCacheCallsTheyFollowed() {
        List<CacheOperation> cache = List.of(
                new CacheOperation(Operation.GET, CACHE, "USER#a", Optional.empty(), Outcome.MISS, Instant.EPOCH),
                new CacheOperation(
                        Operation.SET,
                        CACHE,
                        "USER#a",
                        Optional.of(Duration.ofSeconds(60)),
                        Outcome.STORED,
                        Instant.EPOCH));
        List<DynamoDbCallTrace.TracedCall> dynamoDb = List.of(
                new DynamoDbCallTrace.TracedCall(BackendCall.dynamoDb("GetItem USER#a", false), 1),
                new DynamoDbCallTrace.TracedCall(BackendCall.dynamoDb("PutItem USER#b", false), 2));

        assertThat(LocalGateway.inOrder(cache, dynamoDb))
                .extracting(BackendCall::text)
                .containsExactly("GET USER#a miss", "GetItem USER#a", "SET USER#a ttl 60 s", "PutItem USER#b");
        assertThat(LocalGateway.inOrder(List.of(), dynamoDb))
                .extracting(BackendCall::text)
                .containsExactly("GetItem USER#a", "PutItem USER#b");
    }

    @Test
    void theDetailLinesStartUnderThePath() {
        RequestLogLine line = new RequestLogLine(
                "PATCH",
                "/users/alice",
                200,
                21,
                0,
                1,
                Optional.of(new RequestLogLine.CacheLookups(0, 0)),
                List.of(
                        BackendCall.dynamoDb("UpdateItem USER#alice", false),
                        BackendCall.cache("SET USER#alice ttl 1800 s", false)));
        List<String> lines = line.formatWithCalls().lines().toList();
        assertThat(lines)
                .containsExactly(
                        line.format(),
                        "       DynamoDB  UpdateItem USER#alice",
                        "       cache     SET USER#alice ttl 1800 s");
        assertThat(lines.get(1).indexOf("DynamoDB")).isEqualTo(lines.get(0).indexOf("/users"));
        assertThat(Map.of("k", line).get("k").calls()).hasSize(2);
    }
}
