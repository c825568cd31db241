package workshop.kit.gateway;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntSupplier;
import java.util.stream.Collectors;
import software.amazon.awssdk.core.SdkRequest;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttribute;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.DeleteItemRequest;
import software.amazon.awssdk.services.dynamodb.model.GetItemRequest;
import software.amazon.awssdk.services.dynamodb.model.PutItemRequest;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItem;
import software.amazon.awssdk.services.dynamodb.model.TransactWriteItemsRequest;
import software.amazon.awssdk.services.dynamodb.model.UpdateItemRequest;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * Writes down, in order, the DynamoDB calls a request makes, so the request log can show them
 * between its cache calls: {@code GET USER#alice miss}, then {@code GetItem USER#alice}, then
 * {@code SET USER#alice ttl 60 s}.
 *
 * <p>{@link DynamoDbCalls} counts calls; this class only traces them, and only while the local
 * gateway is running a request on the current thread (see {@link #record}). The SDK's synchronous
 * client runs its interceptors on the thread that made the call, which is the thread running the
 * Lambda handler, so no other request's calls can slip in. Like {@code DynamoDbCalls}, the SDK
 * loads it for every client from the kit's {@code execution.interceptors} file, and it skips
 * clients built with {@link DynamoDbCalls#notCounted} (the inspector reads the table through one).
 */
public final class DynamoDbCallTrace implements ExecutionInterceptor {

    private static final String DYNAMODB = "DynamoDb";
    private static final ThreadLocal<Recording> CURRENT = new ThreadLocal<>();
    /** Where in the recording this execution's call is, so a failure can be noted against it. */
    private static final ExecutionAttribute<Integer> CALL_INDEX =
            new ExecutionAttribute<>("workshop.kit.DynamoDbCallTrace.CallIndex");

    /** The SDK instantiates this through the global interceptor file; nobody else needs to. */
    public DynamoDbCallTrace() {}

    /**
     * Starts tracing the DynamoDB calls made on this thread, until the recording is closed.
     *
     * @param cachePosition how many cache operations the local Momento server has logged so far;
     *     read at each DynamoDB call, to place the call among the cache's
     */
    static Recording record(IntSupplier cachePosition) {
        Recording recording = new Recording(cachePosition);
        CURRENT.set(recording);
        return recording;
    }

    @Override
    public void beforeTransmission(Context.BeforeTransmission context, ExecutionAttributes attributes) {
        Recording recording = CURRENT.get();
        if (recording == null
                || !DYNAMODB.equals(attributes.getAttribute(SdkExecutionAttribute.SERVICE_NAME))
                || Boolean.TRUE.equals(attributes.getAttribute(DynamoDbCalls.NOT_COUNTED))
                || attributes.getAttribute(CALL_INDEX) != null) { // a retry of a call already traced
            return;
        }
        String operation = attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME);
        attributes.putAttribute(CALL_INDEX, recording.add(operation + describeKeys(context.request())));
    }

    @Override
    public void onExecutionFailure(Context.FailedExecution context, ExecutionAttributes attributes) {
        Recording recording = CURRENT.get();
        Integer index = attributes.getAttribute(CALL_INDEX);
        if (recording != null && index != null) {
            recording.failed(index, context.exception().getClass().getSimpleName());
        }
    }

    /** The item keys a call names, as " USER#alice" (PK = SK) or " ORGMEMBERS#acme MEMBER#bob". */
    static String describeKeys(SdkRequest request) {
        if (request instanceof GetItemRequest get) {
            return " " + describeKey(get.key());
        }
        if (request instanceof PutItemRequest put) {
            return " " + describeKey(put.item());
        }
        if (request instanceof UpdateItemRequest update) {
            return " " + describeKey(update.key());
        }
        if (request instanceof DeleteItemRequest delete) {
            return " " + describeKey(delete.key());
        }
        if (request instanceof TransactWriteItemsRequest transaction) {
            return transaction.transactItems().stream()
                    .map(DynamoDbCallTrace::describeKey)
                    .collect(Collectors.joining(", ", " (", ")"));
        }
        return ""; // Query, Scan, batches: the operation's name says enough here
    }

    private static String describeKey(TransactWriteItem item) {
        if (item.put() != null) {
            return "Put " + describeKey(item.put().item());
        }
        if (item.update() != null) {
            return "Update " + describeKey(item.update().key());
        }
        if (item.delete() != null) {
            return "Delete " + describeKey(item.delete().key());
        }
        if (item.conditionCheck() != null) {
            return "ConditionCheck " + describeKey(item.conditionCheck().key());
        }
        return "?";
    }

    private static String describeKey(Map<String, AttributeValue> item) {
        String partition = text(item.get("PK"));
        String sort = text(item.get("SK"));
        return partition.equals(sort) || sort.isEmpty() ? partition : partition + " " + sort;
    }

    private static String text(AttributeValue value) {
        return value == null || value.s() == null ? "" : value.s();
    }

    /** The DynamoDB calls of one request, each with the number of cache operations logged before it. */
    static final class Recording implements AutoCloseable {
        private final IntSupplier cachePosition;
        private final List<TracedCall> calls = new ArrayList<>();

        private Recording(IntSupplier cachePosition) {
            this.cachePosition = cachePosition;
        }

        private int add(String text) {
            calls.add(new TracedCall(BackendCall.dynamoDb(text, false), cachePosition.getAsInt()));
            return calls.size() - 1;
        }

        private void failed(int index, String error) {
            TracedCall call = calls.get(index);
            calls.set(
                    index,
                    new TracedCall(
                            BackendCall.dynamoDb(call.call().text() + " failed: " + error, true),
                            call.cachePosition()));
        }

        List<TracedCall> calls() {
            return List.copyOf(calls);
        }

        /** Stops tracing on this thread. */
        @Override
        public void close() {
            CURRENT.remove();
        }
    }

    /**
     * One traced DynamoDB call.
     *
     * @param cachePosition how many cache operations the server had logged when the call was made
     */
    record TracedCall(BackendCall call, int cachePosition) {}
}
