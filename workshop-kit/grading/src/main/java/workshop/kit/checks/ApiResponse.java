package workshop.kit.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.List;
import java.util.Optional;

/**
 * What the service answered to one request, as the checks read it.
 *
 * @param crash for a 5xx, the exception the service logged and where in the step's code it was
 *     thrown, e.g. "NoSuchElementException: No value present (AccountRepository.java:65)"
 * @param cacheCalls the cache calls the request started, in order, e.g. "GET USER#alice" (when
 *     checks run: see {@link CacheCallWatch})
 * @param cacheCallsLeftRunning how many of them were still running when the handler returned
 */
public record ApiResponse(
        String request,
        int status,
        String body,
        Optional<String> crash,
        List<String> cacheCalls,
        int cacheCallsLeftRunning) {
    public ApiResponse {
        cacheCalls = List.copyOf(cacheCalls);
    }

    public ApiResponse(String request, int status, String body) {
        this(request, status, body, Optional.empty());
    }

    public ApiResponse(String request, int status, String body, Optional<String> crash) {
        this(request, status, body, crash, List.of(), 0);
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    public JsonNode json() {
        if (body == null || body.isEmpty()) {
            return MissingNode.getInstance();
        }
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            return MissingNode.getInstance();
        }
    }

    /** A text field of the JSON body, or null. */
    public String field(String name) {
        JsonNode value = json().get(name);
        return value == null || value.isNull() ? null : value.asText();
    }

    public String error() {
        return field("error");
    }

    @Override
    public String toString() {
        return request + " answered " + status + (body == null || body.isEmpty() ? "" : " " + body)
                + crash.map(cause -> " (the service logged " + cause + ")").orElse("");
    }
}
