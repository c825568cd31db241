package workshop.step2;

import java.time.Duration;
import java.util.Optional;
import momento.sdk.CacheClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import workshop.accounts.cache.CacheKeys;
import workshop.accounts.cache.CacheValues;
import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AccountTable;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;

/**
 * Step 2: read-aside caching. This is the class you change; it starts as step 1's solution, with
 * a Momento {@link CacheClient} already wired in (see {@link Handler}) and not used yet.
 *
 * <p>Your tasks (docs/02-step-2-read-aside.md):
 *
 * <ol>
 *   <li>Read through the cache: getUser, getOrganization and getMembership look in the cache
 *       first ({@code cache.get}); on a hit they answer from it, with no DynamoDB read; on a miss
 *       they read DynamoDB and store the result ({@code cache.set}), "not found" included. Keys
 *       come from {@link CacheKeys}, values from {@link CacheValues}.
 *   <li>Store every entry for {@link #CACHE_TTL}.
 *   <li>Survive cache failures: a {@code GetResponse.Error} falls back to DynamoDB, a
 *       {@code SetResponse.Error} is logged; no cache problem ever fails a request.
 * </ol>
 */
public final class AccountRepository implements AccountStore {
    // region cache-ttl
    /** How long a cached read is served: also the longest a read can be stale. */
    static final Duration CACHE_TTL = Duration.ofSeconds(60);
    // endregion

    /** For cache problems: they are logged, never passed on to the caller (task 3). */
    private static final Logger log = LoggerFactory.getLogger(AccountRepository.class);

    private final AccountTable table;
    private final CacheClient cache;
    private final String cacheName;

    public AccountRepository(AccountTable table, CacheClient cache, String cacheName) {
        this.table = table;
        this.cache = cache;
        this.cacheName = cacheName;
    }

    // region starter-get-user
    @Override
    public Optional<User> getUser(String username) {
        // TODO Step 2, task 1: answer from the cache when it holds this user (key: CacheKeys.user);
        //  on a miss, read DynamoDB and remember the answer, "not found" included.
        return table.getUser(username);
    }
    // endregion

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
        // TODO Step 2, task 1: the same for organizations (key: CacheKeys.organization).
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
    @Override
    public Optional<Membership> getMembership(String organization, String username) {
        // TODO Step 2, task 1: the same for memberships (key: CacheKeys.membership).
        return table.getMembership(organization, username);
    }

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
