package workshop.accounts.api;

import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AlreadyExistsException;
import workshop.accounts.data.DoesNotExistException;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.Slugs;
import workshop.accounts.domain.User;

/**
 * The rules of the account service: who may do what, and what must exist first. Input is already
 * validated; every read and write goes through the step's {@link AccountStore}, so whatever the
 * step caches is also what authorization decisions are made on.
 */
public final class AccountService {
    private final AccountStore store;

    public AccountService(AccountStore store) {
        this.store = store;
    }

    public User createUser(User user) {
        try {
            store.createUser(user);
            return user;
        } catch (AlreadyExistsException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    public User getUser(String username) {
        return store.getUser(username).orElseThrow(() -> userNotFound(username));
    }

    /** Only the user themselves may change their names. */
    public User updateUser(String actor, String username, NameChange change) {
        if (!actor.equals(username)) {
            throw ApiException.forbidden(actor + " may not change the names of " + username + ".");
        }
        try {
            return store.updateUser(username, change);
        } catch (DoesNotExistException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    /** The acting user founds the organization and becomes its Owner. */
    public Organization createOrganization(String actor, String organizationName) {
        getUser(actor);
        Organization organization = new Organization(Slugs.of(organizationName), organizationName, actor);
        Membership founder = new Membership(organization.slug(), actor, Role.Owner);
        try {
            store.createOrganization(organization, founder);
            return organization;
        } catch (AlreadyExistsException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    public Organization getOrganization(String slug) {
        return store.getOrganization(slug).orElseThrow(() -> organizationNotFound(slug));
    }

    public Membership getMembership(String organization, String username) {
        return store.getMembership(organization, username)
                .orElseThrow(() -> ApiException.notFound(username + " is not a member of " + organization + "."));
    }

    public Membership addMember(String actor, String organization, String username, Role role) {
        getOrganization(organization);
        requireManager(actor, organization);
        getUser(username);
        Membership membership = new Membership(organization, username, role);
        try {
            store.addMember(membership);
            return membership;
        } catch (AlreadyExistsException e) {
            throw ApiException.conflict(e.getMessage());
        }
    }

    public Membership changeRole(String actor, String organization, String username, Role role) {
        getOrganization(organization);
        requireManager(actor, organization);
        try {
            return store.changeRole(new Membership(organization, username, role));
        } catch (DoesNotExistException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    public void removeMember(String actor, String organization, String username) {
        getOrganization(organization);
        requireManager(actor, organization);
        try {
            store.removeMember(organization, username);
        } catch (DoesNotExistException e) {
            throw ApiException.notFound(e.getMessage());
        }
    }

    /** Only an Owner or Admin of the organization may manage its members. */
    private void requireManager(String actor, String organization) {
        boolean allowed = store.getMembership(organization, actor)
                .map(m -> m.role().canManageMembers())
                .orElse(false);
        if (!allowed) {
            throw ApiException.forbidden(
                    actor + " must be an Owner or Admin of " + organization + " to manage its members.");
        }
    }

    private static ApiException userNotFound(String username) {
        return ApiException.notFound("User " + username + " does not exist.");
    }

    private static ApiException organizationNotFound(String slug) {
        return ApiException.notFound("Organization " + slug + " does not exist.");
    }
}
