package workshop.kit.checks;

import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** DynamoDB errors as the SDK would build them from a real response, for fault injection. */
public final class DynamoDbFaults {
  /** More than the app's client tries, so the app sees the fault instead of a successful retry. */
  public static final int EVERY_ATTEMPT = 5;

  private DynamoDbFaults() {}

  public static ProvisionedThroughputExceededException throttled() {
    String message = "The level of configured provisioned throughput for the table was exceeded.";
    return ProvisionedThroughputExceededException.builder()
        .message(message)
        .statusCode(400)
        .awsErrorDetails(
            AwsErrorDetails.builder()
                .errorCode("ProvisionedThroughputExceededException")
                .errorMessage(message)
                .serviceName("DynamoDb")
                .build())
        .build();
  }
}
