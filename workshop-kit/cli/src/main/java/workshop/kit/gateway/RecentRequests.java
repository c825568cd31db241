package workshop.kit.gateway;

import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The last requests the gateway served, for the inspector; the oldest drop off. */
final class RecentRequests {
    static final int KEPT = 30;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    /**
     * One request as the inspector shows it.
     *
     * @param time wall-clock time it was served, HH:mm:ss
     * @param calls its cache and DynamoDB calls, in order
     */
    public record Served(
            String time,
            String method,
            String path,
            int status,
            long millis,
            long dynamoDbReads,
            long dynamoDbWrites,
            List<CallView> calls) {}

    /** One call of a request: which backend, what it did, and whether it failed. */
    public record CallView(String backend, String text, boolean failed) {}

    private final Deque<Served> requests = new ArrayDeque<>();

    synchronized void add(RequestLogLine line) {
        List<CallView> calls = line.calls().stream()
                .map(call -> new CallView(call.backend().label(), call.text(), call.failed()))
                .toList();
        requests.addFirst(new Served(
                LocalTime.now().format(TIME),
                line.method(),
                line.path(),
                line.status(),
                line.millis(),
                line.dynamoDbReads(),
                line.dynamoDbWrites(),
                calls));
        while (requests.size() > KEPT) {
            requests.removeLast();
        }
    }

    /** Newest first. */
    synchronized List<Served> newestFirst() {
        return new ArrayList<>(requests);
    }
}
