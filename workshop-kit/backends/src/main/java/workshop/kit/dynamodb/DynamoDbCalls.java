package workshop.kit.dynamodb;

import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder;

/**
 * Counts DynamoDB calls made by every SDK client in this JVM, by operation name (GetItem, PutItem,
 * TransactWriteItems, ...), so checks can say "this request made 2 DynamoDB calls, the cached one
 * none".
 *
 * <p><b>How it sees every client.</b> The AWS SDK v2 loads "global" interceptors listed in the
 * classpath resource {@code software/amazon/awssdk/global/handlers/execution.interceptors} into
 * every client it builds; the kit's jar lists this class there. That is the SDK's documented
 * mechanism (AWS X-Ray's SDK instrumentor uses it too), so the app's own clients are counted
 * without changing app code. The kit is never deployed, so the deployed app is never counted. The
 * SDK creates one instance of this class per client it builds (each build reads the file and
 * instantiates what it lists); the counters are static, so all instances share them.
 *
 * <p><b>Clients.</b> Since each client has an instance of its own, the instances that have made a
 * counted DynamoDB call are the clients that have: {@link #clientsCounted()} says how many, so the
 * checks can tell a handler that builds one client from code that builds one per request. Only a
 * client's counted calls count it: other services' clients (Secrets Manager, ...) and the kit's own
 * {@link #NOT_COUNTED} clients never do.
 *
 * <p><b>What counts as a call.</b> One per execution of a DynamoDB operation that got as far as
 * being sent, counted in {@code beforeTransmission} at the first attempt; the SDK's retries of that
 * same call are not counted again. So a call that was throttled counts (it did reach DynamoDB), a
 * request that failed validation before sending does not, and the numbers match what the app's code
 * asked for. Other AWS services' calls (Secrets Manager, ...) are ignored.
 *
 * <p><b>Not counting.</b> Test fixtures that write behind the app's back build their client with
 * {@code overrideConfiguration(o -> o.putExecutionAttribute(DynamoDbCalls.NOT_COUNTED, true))}:
 * those calls are neither counted nor given faults. The kit's own table set-up does the same.
 *
 * <p><b>Faults.</b> {@link #failNext} makes the next attempts of an operation throw, to test how an
 * app copes with a throttled or failing DynamoDB.
 */
public final class DynamoDbCalls implements ExecutionInterceptor {

    /** Put {@code true} on a client's override configuration to leave its calls out of the counts. */
    public static final ExecutionAttribute<Boolean> NOT_COUNTED =
            new ExecutionAttribute<>("workshop.kit.DynamoDbCalls.NotCounted");

    /** The builder, set up so that its client's calls are neither counted nor faulted. */
    public static DynamoDbClientBuilder notCounted(DynamoDbClientBuilder builder) {
        return builder.overrideConfiguration(o -> o.putExecutionAttribute(NOT_COUNTED, true));
    }

    /** Set on an execution once it is counted, so its retries are not. */
    private static final ExecutionAttribute<Boolean> ALREADY_COUNTED =
            new ExecutionAttribute<>("workshop.kit.DynamoDbCalls.AlreadyCounted");

    /** The service name the SDK gives DynamoDB calls ({@code SdkExecutionAttribute.SERVICE_NAME}). */
    private static final String DYNAMODB = "DynamoDb";

    static final Set<String> READ_OPERATIONS = Set.of("GetItem", "BatchGetItem", "Query", "Scan", "TransactGetItems");
    static final Set<String> WRITE_OPERATIONS =
            Set.of("PutItem", "UpdateItem", "DeleteItem", "BatchWriteItem", "TransactWriteItems");

    private static final ConcurrentHashMap<String, LongAdder> COUNTS = new ConcurrentHashMap<>();
    private static final AtomicInteger CLIENTS_COUNTED = new AtomicInteger();
    private static final Map<String, PlannedFault> FAULTS = new HashMap<>(); // guarded by itself

    /** Whether this instance's client has made a counted call yet (and so is in CLIENTS_COUNTED). */
    private final AtomicBoolean clientCounted = new AtomicBoolean();

    /** The SDK instantiates this through the global interceptor file, once per client; nobody else needs to. */
    public DynamoDbCalls() {}

    /**
     * How many DynamoDB clients in this JVM have made a counted call so far; subtract an earlier
     * value to count the clients that made their first call in between. A client a handler builds
     * and keeps counts once, however many calls it makes; a client built per request counts once
     * per request.
     */
    public static int clientsCounted() {
        return CLIENTS_COUNTED.get();
    }

    /** The counts so far; subtract an earlier snapshot to count what happened in between. */
    public static Snapshot snapshot() {
        Map<String, Long> counts = new HashMap<>();
        COUNTS.forEach((operation, adder) -> counts.put(operation, adder.sum()));
        return new Snapshot(counts);
    }

    /** Forgets all counts. Prefer {@code snapshot()} before and {@code minus} after, which is safe in parallel. */
    public static void reset() {
        COUNTS.clear();
    }

    /**
     * The next {@code times} attempts of {@code operation} (e.g. "GetItem") throw {@code fault.get()}
     * instead of being sent, on every counted client; replaces an earlier plan for that operation.
     *
     * <p>Attempts, not calls: the SDK retries retryable errors (throttling, 5xx) by itself, and each
     * retry uses up one fault. So {@code failNext("GetItem", 1, a500)} shows the app's client
     * recovering, while making the app <em>see</em> the error needs at least as many faults as the
     * client makes attempts (1 + its retries), or an error the SDK does not retry (a 400), or a
     * client without retries. The caller gets an {@code SdkException} as a copy of the same type and
     * message (the SDK adds the attempt count to it); other exceptions arrive as they are.
     */
    public static void failNext(String operation, int times, Supplier<RuntimeException> fault) {
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        synchronized (FAULTS) {
            FAULTS.put(operation, new PlannedFault(times, fault));
        }
        // In the output, where the service's own log lines land too: what follows was caused on purpose.
        System.out.println("[fault injected on purpose] the next " + (times == 1 ? "" : times + " attempts of ")
                + operation + (times == 1 ? " call fails" : " fail"));
    }

    /** Drops every planned fault. */
    public static void clearFaults() {
        synchronized (FAULTS) {
            FAULTS.clear();
        }
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes executionAttributes) {
        if (!DYNAMODB.equals(executionAttributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))
                || Boolean.TRUE.equals(executionAttributes.getAttribute(NOT_COUNTED))) {
            return;
        }
        if (clientCounted.compareAndSet(false, true)) {
            CLIENTS_COUNTED.incrementAndGet();
        }
        String operation = executionAttributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        if (executionAttributes.getAttribute(ALREADY_COUNTED) == null) {
            executionAttributes.putAttribute(ALREADY_COUNTED, true);
            COUNTS.computeIfAbsent(operation, name -> new LongAdder()).increment();
        }
        RuntimeException fault = takeFault(operation);
        if (fault != null) {
            throw fault;
        }
    }

    /** Uses up one planned fault for this operation, if there is one. */
    private static RuntimeException takeFault(String operation) {
        Supplier<RuntimeException> fault;
        synchronized (FAULTS) {
            PlannedFault planned = FAULTS.get(operation);
            if (planned == null) {
                return null;
            }
            if (planned.remaining() > 1) {
                FAULTS.put(operation, new PlannedFault(planned.remaining() - 1, planned.fault()));
            } else {
                FAULTS.remove(operation);
            }
            fault = planned.fault();
        }
        return fault.get(); // outside the lock: the supplier is someone else's code
    }

    private record PlannedFault(int remaining, Supplier<RuntimeException> fault) {}

    /** Counts by operation name at one moment; immutable, sorted by name for printing. */
    public record Snapshot(Map<String, Long> byOperation) {
        public Snapshot {
            byOperation = Collections.unmodifiableMap(new TreeMap<>(byOperation));
        }

        /** GetItem, BatchGetItem, Query, Scan and TransactGetItems calls. */
        public long reads() {
            return sumOf(READ_OPERATIONS);
        }

        /** PutItem, UpdateItem, DeleteItem, BatchWriteItem and TransactWriteItems calls. */
        public long writes() {
            return sumOf(WRITE_OPERATIONS);
        }

        /** Every DynamoDB call, table management included. */
        public long total() {
            return byOperation.values().stream().mapToLong(Long::longValue).sum();
        }

        /** Calls of one operation, e.g. {@code of("GetItem")}; 0 if none. */
        public long of(String operation) {
            return byOperation.getOrDefault(operation, 0L);
        }

        /** What happened since {@code earlier}; operations with no new calls are left out. */
        public Snapshot minus(Snapshot earlier) {
            Map<String, Long> difference = new HashMap<>();
            byOperation.forEach((operation, count) -> {
                long since = count - earlier.of(operation);
                if (since != 0) {
                    difference.put(operation, since);
                }
            });
            return new Snapshot(difference);
        }

        private long sumOf(Set<String> operations) {
            return operations.stream().mapToLong(this::of).sum();
        }
    }
}
