package workshop.accounts.data;

import java.util.Optional;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;

/**
 * Everything the service reads and writes. Each step of the workshop has its own implementation,
 * {@code AccountRepository}: step 1 reads and writes DynamoDB only, step 2 reads through the cache,
 * step 3 also writes to the cache.
 *
 * <p>Writes throw {@link AlreadyExistsException} or {@link DoesNotExistException} when their
 * condition fails; nothing is changed then.
 */
public interface AccountStore {
    Optional<User> getUser(String username);

    void createUser(User user);

    /** Changes the names given, keeps the others; the user must exist. Returns the user as stored now. */
    User updateUser(String username, NameChange change);

    Optional<Organization> getOrganization(String slug);

    /** Creates the organization and its founder's Owner membership, both or neither. */
    void createOrganization(Organization organization, Membership founder);

    Optional<Membership> getMembership(String organization, String username);

    void addMember(Membership membership);

    /** Changes an existing membership's role. Returns the membership as stored now. */
    Membership changeRole(Membership membership);

    void removeMember(String organization, String username);
}
