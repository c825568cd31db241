package workshop.kit.checks;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** DynamoDB errors as the SDK would build them from a real response, for fault injection. */
public final class DynamoDbFaults {
    /** More than the app's client tries, so the app sees the fault instead of a successful retry. */
    public static final int EVERY_ATTEMPT = 5;

    private DynamoDbFaults() {}

    /** HTTP 400 ProvisionedThroughputExceededException: DynamoDB is throttling. */
    public static ProvisionedThroughputExceededException throttled() {
        String message = "The level of configured provisioned throughput for the table was exceeded.";
        return ProvisionedThroughputExceededException.builder()
                .message(message)
                .statusCode(400)
                .awsErrorDetails(details("ProvisionedThroughputExceededException", message))
                .build();
    }

    /** HTTP 500 InternalServerError: DynamoDB failed; the SDK retries it, the app must answer 503. */
    public static DynamoDbException internalServerError() {
        String message = "Internal server error";
        return InternalServerErrorException.builder()
                .message(message)
                .statusCode(500)
                .awsErrorDetails(details("InternalServerError", message))
                .build();
    }

    /** HTTP 503 ServiceUnavailable, a plain DynamoDbException with only a status code to go by. */
    public static DynamoDbException serviceUnavailable() {
        String message = "Service unavailable";
        return (DynamoDbException) DynamoDbException.builder()
                .message(message)
                .statusCode(503)
                .awsErrorDetails(details("ServiceUnavailable", message))
                .build();
    }

    /** What the SDK reads from an error response; its retry logic needs the error code. */
    private static AwsErrorDetails details(String errorCode, String message) {
        return AwsErrorDetails.builder()
                .errorCode(errorCode)
                .errorMessage(message)
                .serviceName("DynamoDb")
                .build();
    }
}
