package workshop.accounts.api;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.List;
import java.util.Set;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;

/**
 * Every route the service answers, each with what it does: the one place routes are declared.
 * {@link ApiRouter} finds the route of a request here, and each step's serverless.yml must wire
 * exactly these to its function (the kit's deployment test checks).
 *
 * <p>Path parameters are validated before any route runs: {@code {username}} as a username,
 * {@code {organization}} as an organization's slug.
 */
public final class Routes {
    /** What a route does with a request, given the service. */
    @FunctionalInterface
    interface Action {
        APIGatewayV2HTTPResponse answer(HttpRequest request, AccountService service);
    }

    /** One route: an HTTP method, a path template such as {@code /users/{username}}, and its action. */
    public record Route(String method, String path, Action action) {
        /** The path's segments, e.g. ["users", "{username}"]. */
        List<String> segments() {
            return HttpRequest.segmentsOf(path);
        }

        @Override
        public String toString() {
            return method + " " + path;
        }
    }

    public static final List<Route> ALL = List.of(
            new Route(
                    "POST", "/users", (request, service) -> Responses.json(201, service.createUser(newUser(request)))),
            new Route(
                    "GET",
                    "/users/{username}",
                    (request, service) -> Responses.json(200, service.getUser(request.parameter("username")))),
            new Route(
                    "PATCH",
                    "/users/{username}",
                    (request, service) -> Responses.json(
                            200,
                            service.updateUser(request.actor(), request.parameter("username"), nameChange(request)))),
            new Route(
                    "POST",
                    "/organizations",
                    (request, service) -> Responses.json(
                            201, service.createOrganization(request.actor(), organizationName(request)))),
            new Route(
                    "GET",
                    "/organizations/{organization}",
                    (request, service) ->
                            Responses.json(200, service.getOrganization(request.parameter("organization")))),
            new Route("POST", "/organizations/{organization}/members", Routes::addMember),
            new Route(
                    "GET",
                    "/organizations/{organization}/members/{username}",
                    (request, service) -> Responses.json(
                            200,
                            service.getMembership(request.parameter("organization"), request.parameter("username")))),
            new Route(
                    "PATCH",
                    "/organizations/{organization}/members/{username}",
                    (request, service) -> Responses.json(
                            200,
                            service.changeRole(
                                    request.actor(),
                                    request.parameter("organization"),
                                    request.parameter("username"),
                                    role(request)))),
            new Route("DELETE", "/organizations/{organization}/members/{username}", Routes::removeMember));

    private Routes() {}

    private static User newUser(HttpRequest request) {
        RequestBody body = request.body(Set.of("username", "firstName", "lastName"));
        return new User(
                Validation.username("username", body.textOrNull("username")),
                Validation.personName("firstName", body.textOrNull("firstName")),
                Validation.personName("lastName", body.textOrNull("lastName")));
    }

    private static NameChange nameChange(HttpRequest request) {
        RequestBody body = request.body(Set.of("firstName", "lastName"));
        NameChange change = new NameChange(
                body.text("firstName").map(name -> Validation.personName("firstName", name)),
                body.text("lastName").map(name -> Validation.personName("lastName", name)));
        if (change.isEmpty()) {
            throw ApiException.badRequest("Give firstName, lastName or both.");
        }
        return change;
    }

    private static String organizationName(HttpRequest request) {
        RequestBody body = request.body(Set.of("organizationName"));
        return Validation.organizationName("organizationName", body.textOrNull("organizationName"));
    }

    private static APIGatewayV2HTTPResponse addMember(HttpRequest request, AccountService service) {
        RequestBody body = request.body(Set.of("username", "role"));
        String username = Validation.username("username", body.textOrNull("username"));
        Role role = Validation.role("role", body.textOrNull("role"));
        return Responses.json(
                201, service.addMember(request.actor(), request.parameter("organization"), username, role));
    }

    private static Role role(HttpRequest request) {
        return Validation.role("role", request.body(Set.of("role")).textOrNull("role"));
    }

    private static APIGatewayV2HTTPResponse removeMember(HttpRequest request, AccountService service) {
        service.removeMember(request.actor(), request.parameter("organization"), request.parameter("username"));
        return Responses.noContent();
    }
}
