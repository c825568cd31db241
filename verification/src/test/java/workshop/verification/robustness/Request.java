package workshop.verification.robustness;

import workshop.accounts.domain.Slugs;
import workshop.kit.checks.AccountApi;
import workshop.kit.checks.ApiResponse;

/** One request of a workload, in the service's terms; {@link #send} turns it into an HTTP API event. */
public record Request(
        Kind kind, String actor, String username, String organization, String firstName, String lastName, String role) {

    public enum Kind {
        CREATE_USER(true),
        GET_USER(false),
        UPDATE_USER(true),
        CREATE_ORGANIZATION(true),
        GET_ORGANIZATION(false),
        ADD_MEMBER(true),
        GET_MEMBERSHIP(false),
        CHANGE_ROLE(true),
        REMOVE_MEMBER(true);

        private final boolean write;

        Kind(boolean write) {
            this.write = write;
        }

        public boolean isWrite() {
            return write;
        }
    }

    /** For CREATE_ORGANIZATION, {@code organization} is the name; otherwise it is the slug. */
    public String slug() {
        return kind == Kind.CREATE_ORGANIZATION ? Slugs.of(organization) : organization;
    }

    public ApiResponse send(AccountApi api) {
        return switch (kind) {
            case CREATE_USER -> api.createUser(username, firstName, lastName);
            case GET_USER -> api.getUser(username);
            case UPDATE_USER -> api.updateUser(actor, username, firstName, lastName);
            case CREATE_ORGANIZATION -> api.createOrganization(actor, organization);
            case GET_ORGANIZATION -> api.getOrganization(organization);
            case ADD_MEMBER -> api.addMember(actor, organization, username, role);
            case GET_MEMBERSHIP -> api.getMembership(organization, username);
            case CHANGE_ROLE -> api.changeRole(actor, organization, username, role);
            case REMOVE_MEMBER -> api.removeMember(actor, organization, username);
        };
    }

    /** The cache key this request reads or writes first (for a new organization: the organization's). */
    public String cacheKey() {
        return switch (kind) {
            case CREATE_USER, GET_USER, UPDATE_USER -> workshop.accounts.cache.CacheKeys.user(username);
            case CREATE_ORGANIZATION, GET_ORGANIZATION -> workshop.accounts.cache.CacheKeys.organization(slug());
            default -> workshop.accounts.cache.CacheKeys.membership(organization, username);
        };
    }

    @Override
    public String toString() {
        StringBuilder shown = new StringBuilder(kind.name());
        if (actor != null) shown.append(" as ").append(actor);
        if (organization != null) shown.append(" org=").append(organization);
        if (username != null) shown.append(" user=").append(username);
        if (firstName != null || lastName != null)
            shown.append(" names=").append(firstName).append('/').append(lastName);
        if (role != null) shown.append(" role=").append(role);
        return shown.toString();
    }
}
