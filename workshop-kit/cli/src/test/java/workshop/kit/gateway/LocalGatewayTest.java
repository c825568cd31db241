package workshop.kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LocalGatewayTest {
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicReference<APIGatewayV2HTTPEvent> received = new AtomicReference<>();
    private LocalGateway gateway;

    /** A fake Lambda: echoes what it got, and answers 404 for /missing, like the service's router. */
    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> echo = (event, context) -> {
        received.set(event);
        if (event.getRawPath().equals("/missing")) {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(404)
                    .withHeaders(Map.of("content-type", "application/json"))
                    .withBody("{\"error\":\"No route\"}")
                    .build();
        }
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(201)
                .withHeaders(Map.of(
                        "content-type",
                        "application/json",
                        "x-echo-actor",
                        String.valueOf(event.getHeaders().get("authorization"))))
                .withBody(event.getBody())
                .build();
    };

    @AfterEach
    void stop() {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void turnsARequestIntoAnEventAndTheResponseBack() throws Exception {
        gateway = LocalGateway.start(echo, 0, Optional.empty(), new PrintStream(logged, true, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/users?x=1"))
                        .header("Authorization", "oliviaowner")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"username\":\"oliviaowner\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(201);
        assertThat(response.body()).isEqualTo("{\"username\":\"oliviaowner\"}");
        assertThat(response.headers().firstValue("content-type")).hasValue("application/json");
        assertThat(response.headers().firstValue("x-echo-actor")).hasValue("oliviaowner");
        APIGatewayV2HTTPEvent event = received.get();
        assertThat(event.getRequestContext().getHttp().getMethod()).isEqualTo("POST");
        assertThat(event.getRawPath()).isEqualTo("/users");
        assertThat(event.getRawQueryString()).isEqualTo("x=1");
    }

    @Test
    void passesA404Through() throws Exception {
        gateway = LocalGateway.start(echo, 0, Optional.empty(), new PrintStream(logged, true, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/missing"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).isEqualTo("{\"error\":\"No route\"}");
    }

    @Test
    void logsOneLinePerRequestWithItsCosts() throws Exception {
        gateway = LocalGateway.start(echo, 0, Optional.empty(), new PrintStream(logged, true, StandardCharsets.UTF_8));
        http.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/missing"))
                        .GET()
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        String line = logged.toString(StandardCharsets.UTF_8).strip();
        assertThat(line).matches("GET +/missing +404 +\\d+ ms  DynamoDB: 0 reads 0 writes +cache: n/a");
    }

    @Test
    void refusesBodiesOverTheCap() throws Exception {
        gateway = LocalGateway.start(echo, 0, Optional.empty(), new PrintStream(logged, true, StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create(gateway.baseUrl() + "/users"))
                        .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[LocalGateway.MAX_BODY_BYTES + 1]))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(received.get()).isNull();
    }

    @Test
    void theLogLineLinesUpHitsWithReads() {
        String miss = new RequestLogLine(
                        "GET", "/users/oliviaowner", 200, 14, 1, 0, Optional.of(new RequestLogLine.CacheLookups(0, 1)))
                .format();
        String hit = new RequestLogLine(
                        "GET", "/users/oliviaowner", 200, 3, 0, 0, Optional.of(new RequestLogLine.CacheLookups(1, 0)))
                .format();
        assertThat(miss).endsWith("DynamoDB: 1 read  0 writes  cache: 0 hits 1 miss");
        assertThat(hit).endsWith("DynamoDB: 0 reads 0 writes  cache: 1 hit  0 misses");
        assertThat(miss.indexOf("DynamoDB")).isEqualTo(hit.indexOf("DynamoDB"));
        assertThat(miss.indexOf("cache")).isEqualTo(hit.indexOf("cache"));
    }
}
