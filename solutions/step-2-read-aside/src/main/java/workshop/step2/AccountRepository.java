package workshop.step2;

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
 * Step 2, solved: read-aside. The three reads look in the cache first; a miss reads DynamoDB and
 * stores what it found, "not found" included, for {@link #CACHE_TTL}. Writes go to DynamoDB only,
 * so a cached entry may be stale until its TTL ends.
 */
public final class AccountRepository implements AccountStore {
    /** How long a cached read is served: also the longest a read can be stale. */
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

    // region get-user
    @Override
    public Optional<User> getUser(String username) {
        return readAside(CacheKeys.user(username), User.class, () -> table.getUser(username));
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
        return readAside(CacheKeys.organization(slug), Organization.class, () -> table.getOrganization(slug));
    }

    @Override
    public void createOrganization(Organization organization, Membership founder) {
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

    // region read-aside
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
    // endregion
}
