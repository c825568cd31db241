package workshop.kit.dynamodb;

/** No DynamoDB-compatible backend could be found or started; the message says what to do. */
public final class BackendUnavailableException extends RuntimeException {
    public BackendUnavailableException(String message) {
        super(message);
    }

    public BackendUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
