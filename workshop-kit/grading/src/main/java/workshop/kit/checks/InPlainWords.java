package workshop.kit.checks;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import workshop.accounts.cache.CacheValues;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.momento.CacheOperation;

/**
 * What the checks saw, in the words a failure message uses: "GET USER#alice (miss)", "2 DynamoDB
 * calls: 1 GetItem, 1 Query", "USER#alice holds "not found"". Never a record's toString.
 */
final class InPlainWords {
    private InPlainWords() {}

    /** "GET USER#alice (hit)", "SET USER#alice (stored, TTL 60 s)", "SET USER#bob (failed)". */
    static String cacheCall(CacheOperation call) {
        String outcome = switch (call.outcome()) {
            case HIT -> "hit";
            case MISS -> "miss";
            case STORED ->
                call.ttl()
                        .map(ttl -> "stored, TTL " + seconds(ttl.toMillis()) + " s")
                        .orElse("stored");
            case NOT_STORED -> "not stored: the key held a value";
            case DELETED -> "deleted";
            case OK -> "ok";
            case NO_SUCH_CACHE -> "no such cache";
            case ALREADY_EXISTS -> "already exists";
            case REJECTED -> "rejected as invalid";
            case FAILED -> "failed";
            case TIMED_OUT -> "timed out";
        };
        return call.operation() + " " + call.key() + " (" + outcome + ")";
    }

    /** The calls, oldest first (the first {@value #SHOWN} of them), or "no cache call at all". */
    static String cacheCalls(List<CacheOperation> calls) {
        if (calls.isEmpty()) {
            return "no cache call at all";
        }
        String shown = calls.stream().limit(SHOWN).map(InPlainWords::cacheCall).collect(Collectors.joining(", "));
        return calls.size() <= SHOWN ? shown : shown + " and " + (calls.size() - SHOWN) + " more";
    }

    private static final int SHOWN = 8;

    /** "no DynamoDB call", "1 DynamoDB call (GetItem)", "2 DynamoDB calls (1 GetItem, 1 Query)". */
    static String dynamoDbCalls(DynamoDbCalls.Snapshot calls) {
        long total = calls.total();
        if (total == 0) {
            return "no DynamoDB call";
        }
        String byOperation = calls.byOperation().entrySet().stream()
                .map(entry -> total == 1 ? entry.getKey() : entry.getValue() + " " + entry.getKey())
                .collect(Collectors.joining(", "));
        return total + (total == 1 ? " DynamoDB call (" : " DynamoDB calls (") + byOperation + ")";
    }

    /** What an entry's value means: the JSON as stored, or "not found" for the not-found marker. */
    static String cachedValue(String value) {
        return CacheValues.NOT_FOUND.equals(value) ? "\"not found\"" : value;
    }

    /** "USER#alice holds {...}", "USER#bob holds "not found"", "there is no USER#bob". */
    static String entry(String key, Optional<String> value) {
        return value.map(v -> key + " holds " + cachedValue(v)).orElse("there is no " + key);
    }

    /** Entries, sorted by key: "USER#alice holds {...}; ORG#x holds ..." or "nothing". */
    static String entries(Map<String, String> cache) {
        if (cache.isEmpty()) {
            return "nothing";
        }
        return cache.entrySet().stream()
                .map(entry -> entry.getKey() + " holds " + cachedValue(entry.getValue()))
                .collect(Collectors.joining("; "));
    }

    /** "USER#alice, ORG#olivia-org" or "no key at all". */
    static String keys(java.util.Collection<String> keys) {
        return keys.isEmpty() ? "no key at all" : keys.stream().sorted().collect(Collectors.joining(", "));
    }

    private static String seconds(long millis) {
        return millis % 1000 == 0 ? Long.toString(millis / 1000) : String.format(Locale.ROOT, "%.3f", millis / 1000.0);
    }
}
