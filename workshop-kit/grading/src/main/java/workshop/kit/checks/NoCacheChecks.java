package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;

/** Step 1 has no cache: every read is a DynamoDB read, the cost that steps 2 and 3 take away. */
public class NoCacheChecks extends StepChecks {

    @Test
    @Order(1)
    @DisplayName("Every GET of a user or an organization reads DynamoDB, every time")
    void everyReadIsADynamoDbRead() {
        givenUsers("olivia");
        givenOrganization("olivia", "olivia-org");
        DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
        for (int i = 0; i < 3; i++) {
            expectStatus(api.getUser("olivia"), 200);
            expectStatus(api.getOrganization("olivia-org"), 200);
            expectStatus(api.getUser("nobody"), 404);
        }
        DynamoDbCalls.Snapshot calls = callsSince(before);
        assertThat(calls.reads())
                .withFailMessage(
                        "3 rounds of GET /users/olivia, GET /organizations/olivia-org and GET /users/nobody made %s; expected 9 GetItems, one per GET: step 1 has no cache, so every read goes to DynamoDB",
                        InPlainWords.dynamoDbCalls(calls))
                .isEqualTo(9);
    }
}
