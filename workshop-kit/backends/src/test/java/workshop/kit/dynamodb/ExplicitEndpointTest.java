package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** An endpoint given in AWS_ENDPOINT_URL_DYNAMODB wins, and is neither started nor stopped by us. */
class ExplicitEndpointTest {

    @Test
    void explicitEndpointWinsAndIsLeftRunning() {
        assumeTrue(TestEnv.motoOnThisMachine().isPresent(), "moto is not installed on this machine");
        // A moto of our own, started through the same class, plays the "server someone else runs".
        try (RunningDynamoDb someoneElses =
                DynamoDbBackends.start(TestEnv.machineEnvForMoto(), TestEnv.noProperties())) {
            String url = someoneElses.endpoint().uri().toString();
            Map<String, String> env = new HashMap<>(TestEnv.machineEnvForMoto());
            env.put("AWS_ENDPOINT_URL_DYNAMODB", url);

            RunningDynamoDb explicit = DynamoDbBackends.start(env, TestEnv.noProperties(), ToolboxFor.failingIfAsked());
            assertThat(explicit.endpoint().uri().toString()).isEqualTo(url);
            assertThat(explicit.endpoint().local()).isTrue();
            assertThat(explicit.endpoint().description())
                    .contains(url, "AWS_ENDPOINT_URL_DYNAMODB", "not started by the workshop");

            explicit.createTable("accounts");
            try (DynamoDbClient client = explicit.newClient()) {
                TestEnv.putItem(client, "accounts", "USER#1", "PROFILE", "Ada");
            }
            explicit.close();

            // Still running, data still there: close() did not stop what it had not started.
            try (DynamoDbClient client = someoneElses.newClient()) {
                assertThat(client.getItem(r -> r.tableName("accounts").key(TestEnv.key("USER#1", "PROFILE")))
                                .hasItem())
                        .isTrue();
                // reset() on an explicit endpoint deletes all tables.
                RunningDynamoDb again =
                        DynamoDbBackends.start(env, TestEnv.noProperties(), ToolboxFor.failingIfAsked());
                again.reset();
                again.close();
                assertThat(client.listTables().tableNames()).isEmpty();
            }
        }
    }
}
