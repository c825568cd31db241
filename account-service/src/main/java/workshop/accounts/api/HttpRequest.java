package workshop.accounts.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The parts of an HTTP API event (payload 2.0) that the routes use, and the path parameters of
 * the route it matched, already validated.
 */
record HttpRequest(
        String method,
        List<String> pathSegments,
        String shownPath,
        Map<String, String> headers,
        String rawBody,
        boolean base64,
        Map<String, String> parameters) {

    static HttpRequest of(APIGatewayV2HTTPEvent event) {
        String method = Optional.ofNullable(event.getRequestContext())
                .map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
                .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod)
                .orElseThrow(() -> ApiException.badRequest("The request has no HTTP method."));
        String rawPath = Optional.ofNullable(event.getRawPath()).orElse("/");
        List<String> segments =
                segmentsOf(rawPath).stream().map(HttpRequest::decode).toList();
        return new HttpRequest(
                method.toUpperCase(Locale.ROOT),
                segments,
                rawPath.length() > 80 ? rawPath.substring(0, 80) + "..." : rawPath,
                Optional.ofNullable(event.getHeaders()).orElse(Map.of()),
                event.getBody(),
                event.getIsBase64Encoded(),
                Map.of());
    }

    /** The same request with the path parameters of the route it matched. */
    HttpRequest withParameters(Map<String, String> matched) {
        return new HttpRequest(method, pathSegments, shownPath, headers, rawBody, base64, Map.copyOf(matched));
    }

    /** A validated path parameter of the matched route, such as "username". */
    String parameter(String name) {
        String value = parameters.get(name);
        if (value == null) {
            throw new IllegalStateException("The route has no path parameter " + name);
        }
        return value;
    }

    /** The acting user, named by the Authorization header (a stand-in for real authentication). */
    String actor() {
        String actor = headers.entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase("authorization"))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
        if (actor == null || actor.isBlank()) {
            throw ApiException.unauthorized("An Authorization header naming the acting user is required.");
        }
        try {
            return Validation.username("Authorization", actor.strip());
        } catch (ApiException e) {
            throw ApiException.unauthorized("The Authorization header must name a user: " + e.getMessage());
        }
    }

    RequestBody body(Set<String> allowedFields) {
        return RequestBody.parse(rawBody, base64, allowedFields);
    }

    /** "/users/alice" -> ["users", "alice"] (still percent-encoded). */
    static List<String> segmentsOf(String path) {
        return Arrays.stream(path.split("/"))
                .filter(segment -> !segment.isEmpty())
                .toList();
    }

    private static String decode(String segment) {
        try {
            // Path segments are percent-encoded; a '+' in a path is a plus sign, not a space.
            return URLDecoder.decode(segment.replace("+", "%2B"), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The path is not validly percent-encoded.");
        }
    }
}
