package workshop.verification.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.checks.ApiResponse;

/**
 * A reference model of the account service: what DynamoDB holds after a sequence of requests, and
 * what each request must answer (status and body). It follows the rules of {@code AccountService}
 * in the same order (existence of the organization, then the actor's right, then the target).
 * Fed one request at a time, in the order they were sent, it is the oracle of a sequential workload.
 */
public final class AccountModel {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Map<String, User> users = new TreeMap<>();
    private final Map<String, Organization> organizations = new TreeMap<>();
    private final Map<String, Membership> memberships = new TreeMap<>(); // key org#user

    /** The answer a correct service gives: a status and, for 2xx with content, the entity. */
    public record Expected(int status, Optional<Object> body) {
        static Expected of(int status) {
            return new Expected(status, Optional.empty());
        }

        static Expected of(int status, Object body) {
            return new Expected(status, Optional.of(body));
        }

        /** Whether the actual response is this answer: same status and, for a body, the same JSON. */
        public boolean matches(ApiResponse actual) {
            if (actual.status() != status) {
                return false;
            }
            if (body.isEmpty()) {
                return true;
            }
            return JSON.valueToTree(body.get()).equals(actual.json());
        }

        @Override
        public String toString() {
            return status + body.map(b -> " " + b).orElse("");
        }
    }

    /** The answer to {@code request} in the current state; applies it to the model if it succeeds. */
    public Expected apply(Request r) {
        switch (r.kind()) {
            case CREATE_USER -> {
                if (users.containsKey(r.username())) return Expected.of(409);
                User user = new User(r.username(), r.firstName(), r.lastName());
                users.put(user.username(), user);
                return Expected.of(201, user);
            }
            case GET_USER -> {
                return user(r.username()).map(u -> Expected.of(200, u)).orElse(Expected.of(404));
            }
            case UPDATE_USER -> {
                if (!r.actor().equals(r.username())) return Expected.of(403);
                User old = users.get(r.username());
                if (old == null) return Expected.of(404);
                User updated = new User(
                        old.username(),
                        r.firstName() != null ? r.firstName() : old.firstName(),
                        r.lastName() != null ? r.lastName() : old.lastName());
                users.put(updated.username(), updated);
                return Expected.of(200, updated);
            }
            case CREATE_ORGANIZATION -> {
                if (!users.containsKey(r.actor())) return Expected.of(404);
                if (organizations.containsKey(r.slug())) return Expected.of(409);
                Organization org = new Organization(r.slug(), r.organization(), r.actor());
                organizations.put(org.slug(), org);
                memberships.put(r.slug() + "#" + r.actor(), new Membership(r.slug(), r.actor(), Role.Owner));
                return Expected.of(201, org);
            }
            case GET_ORGANIZATION -> {
                return organization(r.organization())
                        .map(o -> Expected.of(200, o))
                        .orElse(Expected.of(404));
            }
            case ADD_MEMBER -> {
                if (!organizations.containsKey(r.organization())) return Expected.of(404);
                if (!canManage(r.actor(), r.organization())) return Expected.of(403);
                if (!users.containsKey(r.username())) return Expected.of(404);
                String key = r.organization() + "#" + r.username();
                if (memberships.containsKey(key)) return Expected.of(409);
                Membership membership = new Membership(r.organization(), r.username(), Role.valueOf(r.role()));
                memberships.put(key, membership);
                return Expected.of(201, membership);
            }
            case GET_MEMBERSHIP -> {
                return membership(r.organization(), r.username())
                        .map(m -> Expected.of(200, m))
                        .orElse(Expected.of(404));
            }
            case CHANGE_ROLE -> {
                if (!organizations.containsKey(r.organization())) return Expected.of(404);
                if (!canManage(r.actor(), r.organization())) return Expected.of(403);
                String key = r.organization() + "#" + r.username();
                if (!memberships.containsKey(key)) return Expected.of(404);
                Membership changed = new Membership(r.organization(), r.username(), Role.valueOf(r.role()));
                memberships.put(key, changed);
                return Expected.of(200, changed);
            }
            case REMOVE_MEMBER -> {
                if (!organizations.containsKey(r.organization())) return Expected.of(404);
                if (!canManage(r.actor(), r.organization())) return Expected.of(403);
                if (memberships.remove(r.organization() + "#" + r.username()) == null) return Expected.of(404);
                return Expected.of(204);
            }
            default -> throw new IllegalArgumentException(r.toString());
        }
    }

    public Optional<User> user(String username) {
        return Optional.ofNullable(users.get(username));
    }

    public Optional<Organization> organization(String slug) {
        return Optional.ofNullable(organizations.get(slug));
    }

    public Optional<Membership> membership(String organization, String username) {
        return Optional.ofNullable(memberships.get(organization + "#" + username));
    }

    public Map<String, User> users() {
        return Map.copyOf(users);
    }

    public Map<String, Organization> organizations() {
        return Map.copyOf(organizations);
    }

    public Map<String, Membership> memberships() {
        return Map.copyOf(memberships);
    }

    private boolean canManage(String actor, String organization) {
        Membership m = memberships.get(organization + "#" + actor);
        return m != null && m.role().canManageMembers();
    }

    /** The model's entity as the JSON the service writes, for comparisons. */
    public static JsonNode json(Object entity) {
        return JSON.valueToTree(entity);
    }
}
