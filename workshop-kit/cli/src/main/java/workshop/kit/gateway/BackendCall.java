package workshop.kit.gateway;

/**
 * One call a request made to the cache or to DynamoDB, in the words of the request log:
 * {@code GET USER#alice hit (expires in 42 s)}, {@code UpdateItem USER#alice}.
 *
 * @param backend which of the two it went to
 * @param text what it was and what it did
 * @param failed true when the call did not do its job (an error, a timeout, a failed condition)
 */
public record BackendCall(Backend backend, String text, boolean failed) {

    /** The two backends a request can call. */
    public enum Backend {
        CACHE("cache"),
        DYNAMODB("DynamoDB");

        private final String label;

        Backend(String label) {
            this.label = label;
        }

        /** The name the log and the inspector show. */
        public String label() {
            return label;
        }
    }

    public static BackendCall cache(String text, boolean failed) {
        return new BackendCall(Backend.CACHE, text, failed);
    }

    public static BackendCall dynamoDb(String text, boolean failed) {
        return new BackendCall(Backend.DYNAMODB, text, failed);
    }
}
