package workshop.accounts.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.exception.SdkServiceException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;
import software.amazon.awssdk.services.dynamodb.model.RequestLimitExceededException;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.User;

/**
 * Turns API Gateway HTTP API events (payload 2.0) into service calls and their results into
 * responses. Errors become {@code {"error": "..."}} with a 4xx that names what is wrong; anything
 * unexpected is logged here and answered with a generic 500, never a stack trace. {@link Routes}
 * lists the routes served here (RoutesTest keeps the two equal).
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

  private APIGatewayV2HTTPResponse route(HttpRequest request) {
    List<String> path = request.pathSegments();
    String method = request.method();
    if (path.equals(List.of("users"))) {
      allow(method, "POST");
      return Responses.json(201, createUser(request));
    }
    if (path.size() == 2 && path.get(0).equals("users")) {
      String username = Validation.username("username", path.get(1));
      allow(method, "GET", "PATCH");
      if (method.equals("GET")) {
        return Responses.json(200, service.getUser(username));
      }
      return Responses.json(200, service.updateUser(request.actor(), username, nameChange(request)));
    }
    if (path.equals(List.of("organizations"))) {
      allow(method, "POST");
      RequestBody body = request.body(Set.of("organizationName"));
      String name = Validation.organizationName("organizationName", body.textOrNull("organizationName"));
      return Responses.json(201, service.createOrganization(request.actor(), name));
    }
    if (path.size() == 2 && path.get(0).equals("organizations")) {
      String organization = Validation.slug("organization", path.get(1));
      allow(method, "GET");
      return Responses.json(200, service.getOrganization(organization));
    }
    if (path.size() == 3 && path.get(0).equals("organizations") && path.get(2).equals("members")) {
      String organization = Validation.slug("organization", path.get(1));
      allow(method, "POST");
      RequestBody body = request.body(Set.of("username", "role"));
      String username = Validation.username("username", body.textOrNull("username"));
      var role = Validation.role("role", body.textOrNull("role"));
      return Responses.json(201, service.addMember(request.actor(), organization, username, role));
    }
    if (path.size() == 4 && path.get(0).equals("organizations") && path.get(2).equals("members")) {
      String organization = Validation.slug("organization", path.get(1));
      String username = Validation.username("username", path.get(3));
      allow(method, "GET", "PATCH", "DELETE");
      switch (method) {
        case "GET":
          return Responses.json(200, service.getMembership(organization, username));
        case "PATCH":
          var role = Validation.role("role", request.body(Set.of("role")).textOrNull("role"));
          return Responses.json(200, service.changeRole(request.actor(), organization, username, role));
        default:
          service.removeMember(request.actor(), organization, username);
          return Responses.noContent();
      }
    }
    throw ApiException.notFound("No route for " + request.method() + " " + request.shownPath() + ".");
  }

  private User createUser(HttpRequest request) {
    RequestBody body = request.body(Set.of("username", "firstName", "lastName"));
    return service.createUser(
        new User(
            Validation.username("username", body.textOrNull("username")),
            Validation.personName("firstName", body.textOrNull("firstName")),
            Validation.personName("lastName", body.textOrNull("lastName"))));
  }

  private static NameChange nameChange(HttpRequest request) {
    RequestBody body = request.body(Set.of("firstName", "lastName"));
    NameChange change =
        new NameChange(
            body.text("firstName").map(name -> Validation.personName("firstName", name)),
            body.text("lastName").map(name -> Validation.personName("lastName", name)));
    if (change.isEmpty()) {
      throw ApiException.badRequest("Give firstName, lastName or both.");
    }
    return change;
  }

  private static void allow(String method, String... allowed) {
    if (!Arrays.asList(allowed).contains(method)) {
      throw ApiException.methodNotAllowed(
          "Method " + method + " is not allowed here; use " + String.join(" or ", allowed) + ".");
    }
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

  /** The parts of an HTTP API event that the routes use. */
  record HttpRequest(String method, List<String> pathSegments, String shownPath, Map<String, String> headers, String rawBody, boolean base64) {
    static HttpRequest of(APIGatewayV2HTTPEvent event) {
      String method =
          Optional.ofNullable(event.getRequestContext())
              .map(APIGatewayV2HTTPEvent.RequestContext::getHttp)
              .map(APIGatewayV2HTTPEvent.RequestContext.Http::getMethod)
              .orElseThrow(() -> ApiException.badRequest("The request has no HTTP method."));
      String rawPath = Optional.ofNullable(event.getRawPath()).orElse("/");
      Map<String, String> headers = Optional.ofNullable(event.getHeaders()).orElse(Map.of());
      return new HttpRequest(
          method.toUpperCase(java.util.Locale.ROOT),
          segments(rawPath),
          rawPath.length() > 80 ? rawPath.substring(0, 80) + "..." : rawPath,
          headers,
          event.getBody(),
          event.getIsBase64Encoded());
    }

    /** The acting user, named by the Authorization header (a stand-in for real authentication). */
    String actor() {
      String actor =
          headers.entrySet().stream()
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

    private static List<String> segments(String rawPath) {
      return Arrays.stream(rawPath.split("/"))
          .filter(segment -> !segment.isEmpty())
          .map(HttpRequest::decode)
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
}
