package workshop.step1;

import java.util.Optional;
import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AccountTable;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;

/** Step 1, solved: every read and every write goes straight to DynamoDB. */
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

    @Override
    public Optional<Organization> getOrganization(String slug) {
        return table.getOrganization(slug);
    }

    @Override
    public void createOrganization(Organization organization, Membership founder) {
        table.putNewOrganization(organization, founder);
    }

    /**
     * The user's membership of the organization, or empty when they are not a member. Both the
     * membership route and every permission check ask this.
     */
    // region get-membership
    @Override
    public Optional<Membership> getMembership(String organization, String username) {
        return table.getMembership(organization, username);
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
