package workshop.kit.robustness;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.InternalServerErrorException;

/** DynamoDB errors beyond throttling, built as the SDK builds them from a real response. */
public final class ServiceFaults {
  private ServiceFaults() {}

  /** HTTP 500 InternalServerError: DynamoDB failed; the SDK retries it, the app must answer 503. */
  public static DynamoDbException internalServerError() {
    String message = "Internal server error";
    return InternalServerErrorException.builder()
        .message(message)
        .statusCode(500)
        .awsErrorDetails(AwsErrorDetails.builder()
            .errorCode("InternalServerError").errorMessage(message).serviceName("DynamoDb").build())
        .build();
  }

  /** HTTP 503 ServiceUnavailable, a plain DynamoDbException with only a status code to go by. */
  public static DynamoDbException serviceUnavailable() {
    String message = "Service unavailable";
    return (DynamoDbException) DynamoDbException.builder()
        .message(message)
        .statusCode(503)
        .awsErrorDetails(AwsErrorDetails.builder()
            .errorCode("ServiceUnavailable").errorMessage(message).serviceName("DynamoDb").build())
        .build();
  }
}
