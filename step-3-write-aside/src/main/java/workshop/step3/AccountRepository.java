package workshop.step3;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import momento.sdk.CacheClient;
import momento.sdk.responses.cache.GetResponse;
import momento.sdk.responses.cache.SetResponse;
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
 * Step 3: write-aside caching. This is the class you change; it starts as step 2's solution.
 *
 * <p>Your tasks (docs/03-step-3-write-aside.md):
 *
 * <ol>
 *   <li>Write to the cache on every successful write: after DynamoDB accepts it, put the new state
 *       under the same key the reads use (create and update user, create organization and its
 *       founder's membership, add member, change role).
 *   <li>Now that writes keep entries fresh, keep them for 1800 s ({@link #CACHE_TTL}).
 *   <li>Revoke access at once: removing a member replaces the cached membership with "not found".
 *   <li>A write that fails (DynamoDB refuses it or throws) leaves the cache as it was; a cache
 *       failure after a successful write does not fail the request.
 * </ol>
 *
 * <p>Bonus: a slow read must not put an old value back over a newer one a write just cached.
 */
public final class AccountRepository implements AccountStore {
    /** How long a cached entry is served. */
    // TODO Step 3, task 2: with writes keeping entries fresh, keep them for 1800 seconds.
    static final Duration CACHE_TTL = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(AccountRepository.class);

    private final AccountTable table;
    private final CacheClient cache;
    private final String cacheName;

    public AccountRepository(AccountTable table, CacheClient cache, String cacheName) {
        this.table = table;
        this.cache = cache;
        this.cacheName = cacheName;
    }

    @Override
    public Optional<User> getUser(String username) {
        return readAside(CacheKeys.user(username), User.class, () -> table.getUser(username));
    }

    // region starter-create-user
    @Override
    public void createUser(User user) {
        // TODO Step 3, task 1: once DynamoDB has the new user, put it into the cache too.
        table.putNewUser(user);
    }
    // endregion

    @Override
    public User updateUser(String username, NameChange change) {
        // TODO Step 3, task 1: cache the user as DynamoDB returns it after the update.
        return table.updateUserNames(username, change);
    }

    @Override
    public Optional<Organization> getOrganization(String slug) {
        return readAside(CacheKeys.organization(slug), Organization.class, () -> table.getOrganization(slug));
    }

    @Override
    public void createOrganization(Organization organization, Membership founder) {
        // TODO Step 3, task 1: cache both the organization and the founder's membership.
        table.putNewOrganization(organization, founder);
    }

    @Override
    public Optional<Membership> getMembership(String organization, String username) {
        return readAside(
                CacheKeys.membership(organization, username),
                Membership.class,
                () -> table.getMembership(organization, username));
    }

    @Override
    public void addMember(Membership membership) {
        // TODO Step 3, task 1: cache the new membership (it may be cached as "not found" now).
        table.putNewMembership(membership);
    }

    @Override
    public Membership changeRole(Membership membership) {
        // TODO Step 3, task 1: cache the membership with its new role.
        return table.updateRole(membership);
    }

    // region starter-remove-member
    @Override
    public void removeMember(String organization, String username) {
        // TODO Step 3, task 3: the cached membership must say "not found" at once, or the removed
        //  member keeps their access until the entry expires.
        table.deleteMembership(organization, username);
    }
    // endregion

    /** Answer from the cache when it can; otherwise read DynamoDB and remember the answer. */
    private <T> Optional<T> readAside(String key, Class<T> type, Supplier<Optional<T>> readTable) {
        GetResponse cached = cache.get(cacheName, key).join();
        if (cached instanceof GetResponse.Hit hit) {
            return CacheValues.decode(hit.valueString(), type);
        }
        if (cached instanceof GetResponse.Error error) {
            // The cache is an optimisation: when it fails, DynamoDB still has the answer.
            log.warn("Cache get of {} failed, reading DynamoDB instead: {}", key, error.getMessage());
        }
        Optional<T> fromTable = readTable.get();
        // TODO Step 3, bonus: a write may have cached a newer value while readTable ran; make sure
        //  this store can never replace a value a write put there.
        storeInCache(key, fromTable);
        return fromTable;
    }

    private void storeInCache(String key, Optional<?> value) {
        SetResponse stored =
                cache.set(cacheName, key, CacheValues.encode(value), CACHE_TTL).join();
        if (stored instanceof SetResponse.Error error) {
            log.warn("Cache set of {} failed; the next read goes to DynamoDB again: {}", key, error.getMessage());
        }
    }
}
