package workshop.step3;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import momento.sdk.CacheClient;
import momento.sdk.responses.cache.GetResponse;
import momento.sdk.responses.cache.SetIfNotExistsResponse;
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
 * Step 3, solved: write-aside on top of read-aside. Every successful write puts the new state into
 * the cache under the key the reads use, so entries stay fresh and can live for {@link #CACHE_TTL}.
 * A write that DynamoDB refuses throws before the cache is touched.
 */
public final class AccountRepository implements AccountStore {
    // region cache-ttl
    /**
     * How long a cached entry is served. Writes through this service refresh their entries at once;
     * the TTL now only bounds how long a change made elsewhere (behind the cache's back) can hide.
     */
    static final Duration CACHE_TTL = Duration.ofSeconds(1800);
    // endregion

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

    // region user-writes
    @Override
    public void createUser(User user) {
        table.putNewUser(user);
        writeToCache(CacheKeys.user(user.username()), Optional.of(user));
    }

    @Override
    public User updateUser(String username, NameChange change) {
        User updated = table.updateUserNames(username, change);
        writeToCache(CacheKeys.user(username), Optional.of(updated));
        return updated;
    }
    // endregion

    @Override
    public Optional<Organization> getOrganization(String slug) {
        return readAside(CacheKeys.organization(slug), Organization.class, () -> table.getOrganization(slug));
    }

    // region create-organization
    @Override
    public void createOrganization(Organization organization, Membership founder) {
        table.putNewOrganization(organization, founder);
        writeToCache(CacheKeys.organization(organization.slug()), Optional.of(organization));
        writeToCache(CacheKeys.membership(founder.organization(), founder.username()), Optional.of(founder));
    }
    // endregion

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
        writeToCache(CacheKeys.membership(membership.organization(), membership.username()), Optional.of(membership));
    }

    @Override
    public Membership changeRole(Membership membership) {
        Membership updated = table.updateRole(membership);
        writeToCache(CacheKeys.membership(updated.organization(), updated.username()), Optional.of(updated));
        return updated;
    }

    // region remove-member
    @Override
    public void removeMember(String organization, String username) {
        table.deleteMembership(organization, username);
        // "Not found" rather than a delete: the next lookup is answered at once, from the cache.
        writeToCache(CacheKeys.membership(organization, username), Optional.empty());
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
        storeIfAbsent(key, fromTable);
        return fromTable;
    }

    // region store-if-absent
    /**
     * The read path stores only into an empty key: if a write cached a newer value while this read
     * was on its way back from DynamoDB, the write's value stays.
     */
    private void storeIfAbsent(String key, Optional<?> value) {
        SetIfNotExistsResponse stored = cache.setIfNotExists(cacheName, key, CacheValues.encode(value), CACHE_TTL)
                .join();
        if (stored instanceof SetIfNotExistsResponse.Error error) {
            log.warn("Cache set of {} failed; the next read goes to DynamoDB again: {}", key, error.getMessage());
        }
    }
    // endregion

    // region write-to-cache
    /** The write path overwrites: what DynamoDB just accepted is the newest state there is. */
    private void writeToCache(String key, Optional<?> value) {
        SetResponse stored =
                cache.set(cacheName, key, CacheValues.encode(value), CACHE_TTL).join();
        if (stored instanceof SetResponse.Error error) {
            // DynamoDB has the write, so the request succeeds (failing it would make a retry answer
            // 409). Without the new value cached, at least drop the old one, so reads go to DynamoDB.
            log.warn("Cache set of {} after a successful write failed: {}", key, error.getMessage());
            cache.delete(cacheName, key).join();
        }
    }
    // endregion
}
