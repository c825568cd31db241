package workshop.step1;

import java.util.Optional;
import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AccountTable;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;

/**
 * Step 1: every read and every write goes straight to DynamoDB. This is the class you change.
 *
 * <p>Your task (docs/01-step-1-no-cache.md, "Task 1: look up a membership"): write
 * {@link #getMembership}. Everything else already works and shows how.
 */
public final class AccountRepository implements AccountStore {
    private final AccountTable table;

    public AccountRepository(AccountTable table) {
        this.table = table;
    }

    @Override
    public Optional<User> getUser(String username) {
        return table.getUser(username);
    }

    @Override
    public void createUser(User user) {
        table.putNewUser(user);
    }

    @Override
    public User updateUser(String username, NameChange change) {
        return table.updateUserNames(username, change);
    }

    // region get-organization
    @Override
    public Optional<Organization> getOrganization(String slug) {
        return table.getOrganization(slug);
    }
    // endregion

    @Override
    public void createOrganization(Organization organization, Membership founder) {
        table.putNewOrganization(organization, founder);
    }

    // region task-1
    /**
     * The user's membership of the organization, or empty when they are not a member. Both the
     * membership route and every permission check ask this.
     */
    @Override
    public Optional<Membership> getMembership(String organization, String username) {
        // TODO Step 1, task 1: look the membership up in DynamoDB, with one read of its item (it
        //  lives in the organization's partition, under the member's sort key). No item means no
        //  membership: answer empty, which the API turns into a 404.
        throw new UnsupportedOperationException("step 1, task 1: AccountRepository.getMembership");
    }
    // endregion

    @Override
    public void addMember(Membership membership) {
        table.putNewMembership(membership);
    }

    @Override
    public Membership changeRole(Membership membership) {
        return table.updateRole(membership);
    }

    @Override
    public void removeMember(String organization, String username) {
        table.deleteMembership(organization, username);
    }
}
