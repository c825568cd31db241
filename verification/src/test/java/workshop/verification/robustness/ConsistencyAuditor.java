package workshop.verification.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workshop.accounts.cache.CacheValues;
import workshop.accounts.data.AccountTable;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.data.TableKeys;
import workshop.kit.momento.LocalMomentoServer;

/**
 * Compares every live entry of a cache on the local Momento server with what DynamoDB holds for
 * the same entity (read through a client that is neither counted nor faulted): an entry is
 * <em>fresh</em> when it equals DynamoDB's state ("not found" included), <em>stale</em> otherwise.
 * A key that matches no entity's key shape is reported as <em>foreign</em>.
 */
public final class ConsistencyAuditor {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "[a-z0-9][a-z0-9._-]*";
    private static final Pattern USER = Pattern.compile("USER#(" + NAME + ")");
    private static final Pattern ORG = Pattern.compile("ORG#(" + NAME + ")");
    private static final Pattern MEMBER = Pattern.compile("MEMBER#(" + NAME + ")#(" + NAME + ")");

    private final LocalMomentoServer momento;
    private final String cacheName;
    private final AccountTable table;

    public ConsistencyAuditor(LocalMomentoServer momento, String cacheName, AccountTable uncountedTable) {
        this.momento = momento;
        this.cacheName = cacheName;
        this.table = uncountedTable;
    }

    /** One cache entry that does not hold DynamoDB's state. */
    public record Stale(String key, String cached, String inDynamoDb, Duration remainingTtl) {}

    public record Audit(int entries, List<Stale> stale, List<String> foreignKeys) {
        public boolean clean() {
            return stale.isEmpty() && foreignKeys.isEmpty();
        }

        /** The longest time a stale entry can still be served (zero when none is stale). */
        public Duration longestStaleTtl() {
            return stale.stream()
                    .map(Stale::remainingTtl)
                    .max(Duration::compareTo)
                    .orElse(Duration.ZERO);
        }

        @Override
        public String toString() {
            return entries + " entries, " + stale.size() + " stale " + stale + ", " + foreignKeys.size() + " foreign "
                    + foreignKeys;
        }
    }

    public Audit audit() {
        return audit(momento.keys(cacheName));
    }

    /** Audits only these keys (e.g. the ones a request added or changed); absent keys are skipped. */
    public Audit audit(java.util.Collection<String> keys) {
        List<Stale> stale = new ArrayList<>();
        List<String> foreign = new ArrayList<>();
        int entries = 0;
        for (String key : new TreeSet<>(keys)) {
            Optional<String> cached = momento.peek(cacheName, key);
            if (cached.isEmpty()) {
                continue; // expired between keys() and peek()
            }
            entries++;
            Optional<String> truth = truthFor(key);
            if (truth.isEmpty()) {
                foreign.add(key);
                continue;
            }
            if (!sameValue(cached.get(), truth.get())) {
                stale.add(new Stale(
                        key,
                        cached.get(),
                        truth.get(),
                        momento.remainingTtl(cacheName, key).orElse(Duration.ZERO)));
            }
        }
        return new Audit(entries, stale, foreign);
    }

    /** DynamoDB's state for the entity behind a cache key, encoded as the cache would hold it. */
    private Optional<String> truthFor(String key) {
        Matcher m;
        if ((m = USER.matcher(key)).matches()) {
            return Optional.of(CacheValues.encode(table.getUser(m.group(1))));
        }
        if ((m = ORG.matcher(key)).matches()) {
            return Optional.of(CacheValues.encode(table.getOrganization(m.group(1))));
        }
        if ((m = MEMBER.matcher(key)).matches()) {
            return Optional.of(CacheValues.encode(
                    table.findItem(TableKeys.membership(m.group(1), m.group(2))).map(ItemMapper::toMembership)));
        }
        return Optional.empty();
    }

    private static boolean sameValue(String cached, String truth) {
        if (cached.equals(truth)) {
            return true;
        }
        if (CacheValues.NOT_FOUND.equals(cached) || CacheValues.NOT_FOUND.equals(truth)) {
            return false;
        }
        try {
            JsonNode a = JSON.readTree(cached);
            JsonNode b = JSON.readTree(truth);
            return a.equals(b);
        } catch (Exception unreadable) {
            return false;
        }
    }
}
