package workshop.kit.gateway;

import java.util.List;
import java.util.Optional;

/**
 * What the local gateway prints for each request: what was asked, what came back, how long it took,
 * and what it cost in DynamoDB calls and cache lookups. The columns line up, so a learner watching a
 * cached step sees cache hits take the place of DynamoDB reads. Under that one line, indented, come
 * the request's cache and DynamoDB calls in the order they were made:
 *
 * <pre>
 * GET    /users/oliviaowner                                 200    14 ms  DynamoDB: 1 read  0 writes  cache: 0 hits 1 miss
 *        cache     GET USER#oliviaowner miss
 *        DynamoDB  GetItem USER#oliviaowner
 *        cache     SET USER#oliviaowner ttl 60 s
 * GET    /users/oliviaowner                                 200     3 ms  DynamoDB: 0 reads 0 writes  cache: 1 hit  0 misses
 *        cache     GET USER#oliviaowner hit (expires in 58 s)
 * </pre>
 *
 * @param cache hits and misses, or empty when the cache is not the workshop's local server (its log is what we count)
 * @param calls the request's cache and DynamoDB calls, in order (cache calls only on the local server)
 */
public record RequestLogLine(
        String method,
        String path,
        int status,
        long millis,
        long dynamoDbReads,
        long dynamoDbWrites,
        Optional<CacheLookups> cache,
        List<BackendCall> calls) {

    /** Lines under the request line start here: under the path. */
    static final String DETAIL_INDENT = " ".repeat(7);

    public RequestLogLine {
        calls = List.copyOf(calls);
    }

    /** A line without the calls under it. */
    public RequestLogLine(
            String method,
            String path,
            int status,
            long millis,
            long dynamoDbReads,
            long dynamoDbWrites,
            Optional<CacheLookups> cache) {
        this(method, path, status, millis, dynamoDbReads, dynamoDbWrites, cache, List.of());
    }

    /** GETs that found an entry and GETs that did not. */
    public record CacheLookups(long hits, long misses) {}

    /** The one summary line. */
    public String format() {
        String cacheColumn = cache.map(c -> String.format(
                        "cache: %d %-4s %d %s",
                        c.hits(), plural(c.hits(), "hit"), c.misses(), c.misses() == 1 ? "miss" : "misses"))
                .orElse("cache: n/a");
        return String.format(
                "%-6s %-50s %3d %5d ms  DynamoDB: %d %-5s %d %-6s  %s",
                method,
                path,
                status,
                millis,
                dynamoDbReads,
                plural(dynamoDbReads, "read"),
                dynamoDbWrites,
                plural(dynamoDbWrites, "write"),
                cacheColumn);
    }

    /** The summary line, then one indented line per call. */
    public String formatWithCalls() {
        StringBuilder text = new StringBuilder(format());
        for (BackendCall call : calls) {
            text.append(System.lineSeparator())
                    .append(DETAIL_INDENT)
                    .append(String.format("%-9s %s", call.backend().label(), call.text()));
        }
        return text.toString();
    }

    private static String plural(long count, String word) {
        return count == 1 ? word : word + "s";
    }
}
