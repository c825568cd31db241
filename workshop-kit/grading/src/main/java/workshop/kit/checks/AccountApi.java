package workshop.kit.checks;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import workshop.kit.lambda.HttpApiEvents;

/**
 * The account service's HTTP API as the checks call it: one method per route, each sending an
 * API Gateway event to the step's Lambda handler, as AWS would.
 */
public final class AccountApi {
    private static final ObjectMapper JSON = new ObjectMapper();
    /**
     * The longest wait for a request's cache calls to finish: far above the checks' cache deadline
     * (each call, retries included, ends by then), so it only bounds a wait that something broke.
     */
    private static final Duration SETTLE_BOUND = Duration.ofSeconds(5);

    private final RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;

    public AccountApi(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler) {
        this.handler = handler;
    }

    public ApiResponse createUser(String username, String firstName, String lastName) {
        return send("POST", "/users", null, body("username", username, "firstName", firstName, "lastName", lastName));
    }

    public ApiResponse getUser(String username) {
        return send("GET", "/users/" + username, null, null);
    }

    public ApiResponse updateUser(String actor, String username, String firstName, String lastName) {
        return send("PATCH", "/users/" + username, actor, body("firstName", firstName, "lastName", lastName));
    }

    public ApiResponse createOrganization(String actor, String organizationName) {
        return send("POST", "/organizations", actor, body("organizationName", organizationName));
    }

    public ApiResponse getOrganization(String slug) {
        return send("GET", "/organizations/" + slug, null, null);
    }

    public ApiResponse addMember(String actor, String organization, String username, String role) {
        return send(
                "POST", "/organizations/" + organization + "/members", actor, body("username", username, "role", role));
    }

    public ApiResponse getMembership(String organization, String username) {
        return send("GET", "/organizations/" + organization + "/members/" + username, null, null);
    }

    public ApiResponse changeRole(String actor, String organization, String username, String role) {
        return send("PATCH", "/organizations/" + organization + "/members/" + username, actor, body("role", role));
    }

    public ApiResponse removeMember(String actor, String organization, String username) {
        return send("DELETE", "/organizations/" + organization + "/members/" + username, actor, null);
    }

    /** Any request; {@code actor} goes into the Authorization header when not null. */
    public ApiResponse send(String method, String path, String actor, String body) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (actor != null) {
            headers.put("authorization", actor);
        }
        return sendWithHeaders(method, path, headers, body);
    }

    public ApiResponse sendWithHeaders(String method, String path, Map<String, String> headers, String body) {
        Optional<GradingRun> run = GradingRun.active();
        int mark = run.map(GradingRun::mark).orElse(0);
        CacheCallWatch cacheCalls = CacheCallWatch.INSTANCE;
        int unansweredBefore = cacheCalls.unanswered();
        int startedBefore = cacheCalls.startedSoFar();
        APIGatewayV2HTTPResponse response =
                handler.handleRequest(HttpApiEvents.event(method, path, headers, body), null);
        int leftRunning = Math.max(0, cacheCalls.unanswered() - unansweredBefore);
        if (run.isPresent()) {
            // Whatever the service did not await, the check does: it judges the cache once the calls
            // this request started are done, so a call still in flight cannot make the verdict vary.
            // (That a call was left running is judged on its own, by ReadAsideChecks.)
            cacheCalls.awaitDone(unansweredBefore, leftRunning > 0, SETTLE_BOUND);
        }
        String shown = method + " " + path + (body == null ? "" : " " + abbreviate(body));
        // An unexpected error is a generic 500 to the caller; what it was, the service logged.
        Optional<String> crash = response.getStatusCode() >= 500
                ? run.flatMap(r -> ServiceCrash.in(r.outputSince(mark)))
                : Optional.empty();
        return new ApiResponse(
                shown,
                response.getStatusCode(),
                response.getBody(),
                crash,
                cacheCalls.startedSince(startedBefore),
                leftRunning);
    }

    /** A JSON object of the given name/value pairs; a null value leaves its field out. */
    public static String body(String... namesAndValues) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            if (namesAndValues[i + 1] != null) {
                fields.put(namesAndValues[i], namesAndValues[i + 1]);
            }
        }
        try {
            return JSON.writeValueAsString(fields);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String body) {
        return body.length() > 120 ? body.substring(0, 120) + "..." : body;
    }
}
