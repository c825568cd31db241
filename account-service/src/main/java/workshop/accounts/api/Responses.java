package workshop.accounts.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;

/** Builds HTTP API responses: JSON bodies, JSON errors, and an empty 204. */
final class Responses {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Map<String, String> JSON_HEADERS = Map.of("content-type", "application/json");

    private Responses() {}

    static APIGatewayV2HTTPResponse json(int status, Object body) {
        try {
            return APIGatewayV2HTTPResponse.builder()
                    .withStatusCode(status)
                    .withHeaders(JSON_HEADERS)
                    .withBody(JSON.writeValueAsString(body))
                    .build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the response body", e);
        }
    }

    static APIGatewayV2HTTPResponse error(int status, String message) {
        return json(status, Map.of("error", message));
    }

    static APIGatewayV2HTTPResponse retryLater() {
        APIGatewayV2HTTPResponse response = error(503, "The database is busy or unreachable; retry in a moment.");
        response.setHeaders(Map.of("content-type", "application/json", "retry-after", "1"));
        return response;
    }

    static APIGatewayV2HTTPResponse noContent() {
        return APIGatewayV2HTTPResponse.builder()
                .withStatusCode(204)
                .withHeaders(Map.of())
                .build();
    }
}
