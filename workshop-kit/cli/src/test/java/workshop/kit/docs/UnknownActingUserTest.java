package workshop.kit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import workshop.accounts.api.AccountService;
import workshop.accounts.api.ApiRouter;
import workshop.accounts.api.Routes;
import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AlreadyExistsException;
import workshop.accounts.data.DoesNotExistException;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.maintain.DocsSnippets;

/**
 * Which routes answer 403 and which 404 to an acting user who does not exist, as the reference
 * page's table says, is what the service answers: each row's request goes through the real
 * {@link ApiRouter} and {@link AccountService}, in front of a store that holds the walkthrough's
 * data. Every route that needs an acting user has a row, and chapter 0's routes table lists the
 * status among the route's answers.
 *
 * <p>The store is a map, not DynamoDB: the statuses come from the service's permission rules, which
 * run before any write and are the same whatever stores the items.
 */
class UnknownActingUserTest {
    private static final String TABLE_HEADER = "| request, with an acting user who does not exist |";
    private static final Pattern ROW = Pattern.compile("^\\| `(GET|POST|PATCH|DELETE) ([^`]+)`([^|]*)\\| (\\d{3}) \\|");
    private static final Pattern ROUTE_ROW =
            Pattern.compile("^\\| `(GET|POST|PATCH|DELETE) ([^`]+)` \\|[^|]*\\| ([^|]+) \\|$");
    private static final String NOBODY = "nobody";

    private final Path root = DocsSnippets.repoRoot();

    @Test
    void theReferenceSaysWhatTheServiceAnswersAnActingUserWhoDoesNotExist() {
        List<String> problems = new ArrayList<>();
        Set<String> covered = new TreeSet<>();
        Map<String, Set<Integer>> answersInChapter0 = routeAnswers(root.resolve("docs/00-introduction.md"));
        for (String line : table(root.resolve("docs/reference.md"))) {
            Matcher row = ROW.matcher(line);
            if (!row.find()) {
                continue;
            }
            String method = row.group(1);
            String template = row.group(2);
            boolean ownName = row.group(3).contains("their own");
            int said = Integer.parseInt(row.group(4));
            covered.add(method + " " + template);
            int answered = send(method, template, ownName);
            if (answered != said) {
                problems.add("docs/reference.md says " + method + " " + template
                        + row.group(3).strip() + " answers " + said + "; the service answers " + answered);
            }
            Set<Integer> listed = answersInChapter0.getOrDefault(method + " " + template, Set.of());
            if (!listed.contains(answered)) {
                problems.add("docs/00-introduction.md's routes table does not list " + answered + " for " + method + " "
                        + template + " (it lists " + listed + ")");
            }
        }
        for (Routes.Route route : Routes.ALL) {
            if (needsAnActingUser(route) && !covered.contains(route.toString())) {
                problems.add("docs/reference.md has no row for " + route + ", which needs an acting user");
            }
        }
        assertThat(covered)
                .as("rows of the reference's table of an acting user who does not exist")
                .isNotEmpty();
        assertThat(problems).withFailMessage("%s", String.join("\n", problems)).isEmpty();
    }

    /** The lines of the table whose header row starts with {@link #TABLE_HEADER}. */
    private static List<String> table(Path page) {
        List<String> lines = lines(page);
        List<String> rows = new ArrayList<>();
        boolean inTable = false;
        for (String line : lines) {
            if (line.startsWith(TABLE_HEADER)) {
                inTable = true;
            } else if (inTable && line.startsWith("|")) {
                rows.add(line);
            } else if (inTable) {
                break;
            }
        }
        return rows;
    }

    /** Chapter 0's routes table: for each route, the statuses its "answers" column lists. */
    private static Map<String, Set<Integer>> routeAnswers(Path chapter) {
        Map<String, Set<Integer>> answers = new LinkedHashMap<>();
        for (String line : lines(chapter)) {
            Matcher row = ROUTE_ROW.matcher(line);
            if (row.find()) {
                Set<Integer> statuses = new TreeSet<>();
                Matcher status = Pattern.compile("\\b\\d{3}\\b").matcher(row.group(3));
                while (status.find()) {
                    statuses.add(Integer.parseInt(status.group()));
                }
                answers.put(row.group(1) + " " + row.group(2), statuses);
            }
        }
        return answers;
    }

    private static List<String> lines(Path page) {
        try {
            return java.nio.file.Files.readAllLines(page);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A route needs an acting user when it answers 401 without one. */
    private static boolean needsAnActingUser(Routes.Route route) {
        APIGatewayV2HTTPEvent event = event(
                route.method(), concrete(route.path(), "oliviaowner"), null, bodyFor(route.method(), route.path()));
        return new ApiRouter(new AccountService(new WalkthroughData()))
                        .handle(event)
                        .getStatusCode()
                == 401;
    }

    private static int send(String method, String template, boolean ownName) {
        String path = concrete(template, ownName ? NOBODY : "oliviaowner");
        return new ApiRouter(new AccountService(new WalkthroughData()))
                .handle(event(method, path, NOBODY, bodyFor(method, template)))
                .getStatusCode();
    }

    /** The template with the walkthrough's names: olivia-org, and the given username. */
    private static String concrete(String template, String username) {
        return template.replace("{organization}", "olivia-org").replace("{username}", username);
    }

    private static String bodyFor(String method, String template) {
        if (template.equals("/users/{username}")) {
            return "{\"lastName\":\"Jones\"}";
        }
        if (template.equals("/organizations")) {
            return "{\"organizationName\":\"Nobody Org\"}";
        }
        if (template.endsWith("/members")) {
            return "{\"username\":\"newmember\",\"role\":\"Member\"}";
        }
        if (method.equals("PATCH")) {
            return "{\"role\":\"Admin\"}";
        }
        return null;
    }

    private static APIGatewayV2HTTPEvent event(String method, String path, String actor, String body) {
        Map<String, String> headers = new HashMap<>(Map.of("content-type", "application/json"));
        if (actor != null) {
            headers.put("authorization", actor);
        }
        return APIGatewayV2HTTPEvent.builder()
                .withRawPath(path)
                .withHeaders(headers)
                .withBody(body)
                .withRequestContext(APIGatewayV2HTTPEvent.RequestContext.builder()
                        .withHttp(APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                                .withMethod(method)
                                .build())
                        .build())
                .build();
    }

    /** The walkthrough's data, and newmember: olivia-org, its Owner oliviaowner and its Member membermichael. */
    private static final class WalkthroughData implements AccountStore {
        private final Map<String, User> users = new HashMap<>();
        private final Map<String, Organization> organizations = new HashMap<>();
        private final Map<String, Membership> memberships = new HashMap<>();

        WalkthroughData() {
            users.put("oliviaowner", new User("oliviaowner", "Olivia", "Smith"));
            users.put("membermichael", new User("membermichael", "Michael", "Scott"));
            users.put("newmember", new User("newmember", "Nina", "New"));
            organizations.put("olivia-org", new Organization("olivia-org", "olivia-org", "oliviaowner"));
            memberships.put("olivia-org#oliviaowner", new Membership("olivia-org", "oliviaowner", Role.Owner));
            memberships.put("olivia-org#membermichael", new Membership("olivia-org", "membermichael", Role.Member));
        }

        @Override
        public Optional<User> getUser(String username) {
            return Optional.ofNullable(users.get(username));
        }

        @Override
        public void createUser(User user) {
            if (users.putIfAbsent(user.username(), user) != null) {
                throw new AlreadyExistsException("User " + user.username() + " exists already.");
            }
        }

        @Override
        public User updateUser(String username, NameChange change) {
            User user = users.get(username);
            if (user == null) {
                throw new DoesNotExistException("User " + username + " does not exist.");
            }
            User changed = new User(
                    username,
                    change.firstName().orElse(user.firstName()),
                    change.lastName().orElse(user.lastName()));
            users.put(username, changed);
            return changed;
        }

        @Override
        public Optional<Organization> getOrganization(String slug) {
            return Optional.ofNullable(organizations.get(slug));
        }

        @Override
        public void createOrganization(Organization organization, Membership founder) {
            if (organizations.putIfAbsent(organization.slug(), organization) != null) {
                throw new AlreadyExistsException("Organization " + organization.slug() + " exists already.");
            }
            memberships.put(organization.slug() + "#" + founder.username(), founder);
        }

        @Override
        public Optional<Membership> getMembership(String organization, String username) {
            return Optional.ofNullable(memberships.get(organization + "#" + username));
        }

        @Override
        public void addMember(Membership membership) {
            if (memberships.putIfAbsent(membership.organization() + "#" + membership.username(), membership) != null) {
                throw new AlreadyExistsException(
                        membership.username() + " is a member of " + membership.organization() + " already.");
            }
        }

        @Override
        public Membership changeRole(Membership membership) {
            String key = membership.organization() + "#" + membership.username();
            if (!memberships.containsKey(key)) {
                throw new DoesNotExistException(
                        membership.username() + " is not a member of " + membership.organization() + ".");
            }
            memberships.put(key, membership);
            return membership;
        }

        @Override
        public void removeMember(String organization, String username) {
            if (memberships.remove(organization + "#" + username) == null) {
                throw new DoesNotExistException(username + " is not a member of " + organization + ".");
            }
        }
    }
}
