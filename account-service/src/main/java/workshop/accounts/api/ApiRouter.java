package workshop.accounts.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;

/**
 * Turns API Gateway HTTP API events (payload 2.0) into service calls and their results into
 * responses. Errors become {@code {"error": "..."}} with a 4xx that names what is wrong; anything
 * unexpected is logged here and answered with a generic 500, never a stack trace. The routes
 * themselves, and what each does, are declared in {@link Routes}.
 */
public final class ApiRouter {
    private static final Logger log = LoggerFactory.getLogger(ApiRouter.class);

    private final AccountService service;

    public ApiRouter(AccountService service) {
        this.service = service;
    }

    public APIGatewayV2HTTPResponse handle(APIGatewayV2HTTPEvent event) {
        try {
            return route(HttpRequest.of(event));
        } catch (ApiException e) {
            return Responses.error(e.status(), e.getMessage());
        } catch (UnsupportedOperationException e) {
            // A starter's exercise method that has not been written yet.
            return Responses.error(501, "Not implemented yet: " + e.getMessage());
        } catch (SdkServiceException e) {
            if (isTemporary(e)) {
                log.warn("DynamoDB is unavailable or throttling: {}", e.getMessage());
                return Responses.retryLater();
            }
            return internalError(e);
        } catch (SdkClientException e) {
            log.warn("DynamoDB could not be reached: {}", e.getMessage());
            return Responses.retryLater();
        } catch (RuntimeException e) {
            return internalError(e);
        }
    }

    /**
     * Finds the route whose path template matches, validates its path parameters, then checks the
     * method: a known path with another method is a 405 that lists the allowed ones.
     */
    private APIGatewayV2HTTPResponse route(HttpRequest request) {
        List<Routes.Route> samePath = Routes.ALL.stream()
                .filter(route -> matches(route.segments(), request.pathSegments()))
                .toList();
        if (samePath.isEmpty()) {
            throw ApiException.notFound("No route for " + request.method() + " " + request.shownPath() + ".");
        }
        HttpRequest matched = request.withParameters(parameters(samePath.get(0).segments(), request.pathSegments()));
        Routes.Route route = samePath.stream()
                .filter(candidate -> candidate.method().equals(request.method()))
                .findFirst()
                .orElseThrow(() -> ApiException.methodNotAllowed("Method " + request.method()
                        + " is not allowed here; use "
                        + String.join(
                                " or ",
                                samePath.stream().map(Routes.Route::method).toList()) + "."));
        return route.action().answer(matched, service);
    }

    private static boolean matches(List<String> template, List<String> path) {
        if (template.size() != path.size()) {
            return false;
        }
        for (int i = 0; i < template.size(); i++) {
            if (!isParameter(template.get(i)) && !template.get(i).equals(path.get(i))) {
                return false;
            }
        }
        return true;
    }

    /** The template's {parameters}, each validated: usernames as usernames, organizations as slugs. */
    private static Map<String, String> parameters(List<String> template, List<String> path) {
        Map<String, String> parameters = new LinkedHashMap<>();
        for (int i = 0; i < template.size(); i++) {
            if (isParameter(template.get(i))) {
                String name = template.get(i).substring(1, template.get(i).length() - 1);
                String value = name.equals("organization")
                        ? Validation.slug(name, path.get(i))
                        : Validation.username(name, path.get(i));
                parameters.put(name, value);
            }
        }
        return parameters;
    }

    private static boolean isParameter(String segment) {
        return segment.startsWith("{") && segment.endsWith("}");
    }

    /** DynamoDB is throttling or failing: the same request may well succeed in a moment. */
    private static boolean isTemporary(SdkServiceException e) {
        return e instanceof ProvisionedThroughputExceededException
                || e instanceof RequestLimitExceededException
                || e.isThrottlingException()
                || e.statusCode() >= 500;
    }

    private static APIGatewayV2HTTPResponse internalError(RuntimeException e) {
        log.error("Unexpected error while handling a request", e);
        return Responses.error(500, "Internal error.");
    }
}
