package workshop.accounts.api;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import workshop.accounts.data.AccountStore;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;

/**
 * {@link Routes#ALL} is exactly what {@link ApiRouter} serves: every listed route reaches the
 * service, and every other method on those paths (or a path one segment longer) is refused with
 * 405 or "No route". The deployment test relies on this list to check each serverless.yml.
 */
class RoutesTest {
    private static final List<String> METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS");

    private final ApiRouter router = new ApiRouter(new AccountService(new NothingStored()));

    @Test
    void everyListedRouteIsServed() {
        for (Routes.Route route : Routes.ALL) {
            APIGatewayV2HTTPResponse response = call(route.method(), concrete(route.path()));
            assertThat(isRefusedAsUnrouted(response))
                    .withFailMessage(
                            "Routes lists %s but the router answers %s %s",
                            route, response.getStatusCode(), response.getBody())
                    .isFalse();
        }
    }

    @Test
    void nothingElseIsServed() {
        Set<String> paths =
                Routes.ALL.stream().map(Routes.Route::path).collect(Collectors.toCollection(LinkedHashSet::new));
        Set<String> listed = Routes.ALL.stream().map(Routes.Route::toString).collect(Collectors.toSet());
        for (String path : paths) {
            for (String method : METHODS) {
                if (listed.contains(method + " " + path)) {
                    continue;
                }
                APIGatewayV2HTTPResponse response = call(method, concrete(path));
                assertThat(isRefusedAsUnrouted(response))
                        .withFailMessage(
                                "The router serves %s %s (answered %s %s), but Routes does not list it",
                                method, path, response.getStatusCode(), response.getBody())
                        .isTrue();
            }
            String longer = concrete(path) + "/extra";
            if (paths.stream().anyMatch(template -> longer.matches(template.replaceAll("\\{\\w+}", "[^/]+")))) {
                continue; // another listed path: its methods are checked above
            }
            for (String method : METHODS) {
                APIGatewayV2HTTPResponse response = call(method, longer);
                assertThat(isRefusedAsUnrouted(response))
                        .withFailMessage("The router serves %s %s, but Routes does not list it", method, longer)
                        .isTrue();
            }
        }
    }

    @Test
    void routesAreUnique() {
        assertThat(Routes.ALL).doesNotHaveDuplicates();
    }

    private static boolean isRefusedAsUnrouted(APIGatewayV2HTTPResponse response) {
        return response.getStatusCode() == 405
                || (response.getStatusCode() == 404 && response.getBody().contains("No route"));
    }

    /** A path template with sample values that pass validation. */
    private static String concrete(String template) {
        return template.replace("{username}", "alice").replace("{organization}", "alice-org");
    }

    private APIGatewayV2HTTPResponse call(String method, String path) {
        APIGatewayV2HTTPEvent event = APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withHeaders(Map.of("authorization", "alice", "content-type", "application/json"))
                .withBody("{}")
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .build())
                        .build())
                .build();
        return router.handle(event);
    }

    /** A store with nothing in it that refuses every write: enough to tell a served route from an unrouted one. */
    private static final class NothingStored implements AccountStore {
        @Override
        public Optional<User> getUser(String username) {
            return Optional.empty();
        }

        @Override
        public void createUser(User user) {
            throw new UnsupportedOperationException("createUser");
        }

        @Override
        public User updateUser(String username, NameChange change) {
            throw new UnsupportedOperationException("updateUser");
        }

        @Override
        public Optional<Organization> getOrganization(String slug) {
            return Optional.empty();
        }

        @Override
        public void createOrganization(Organization organization, Membership founder) {
            throw new UnsupportedOperationException("createOrganization");
        }

        @Override
        public Optional<Membership> getMembership(String organization, String username) {
            return Optional.empty();
        }

        @Override
        public void addMember(Membership membership) {
            throw new UnsupportedOperationException("addMember");
        }

        @Override
        public Membership changeRole(Membership membership) {
            throw new UnsupportedOperationException("changeRole");
        }

        @Override
        public void removeMember(String organization, String username) {
            throw new UnsupportedOperationException("removeMember");
        }
    }
}
