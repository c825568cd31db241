package workshop.kit.localstack;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.kit.dynamodb.DynamoDbBackends;
import workshop.kit.dynamodb.RunningDynamoDb;

/**
 * The Docker path, through the kit's resolver, which finds this module as a service on the
 * classpath. Skipped (not failed) on machines without Docker; the check is the same one the
 * resolver uses, so no extra test dependency is needed.
 */
class LocalStackBackendTest {

    @Test
    void localStackWhenAskedFor() {
        assumeTrue(LocalStackDynamoDb.dockerAvailable(), "Docker is not available: LocalStack cannot run here");
        Properties props = new Properties();
        props.setProperty("workshop.dynamodb", "localstack");

        try (RunningDynamoDb dynamo = DynamoDbBackends.start(environmentWithoutOverrides(), props)) {
            assertThat(dynamo.endpoint().local()).isTrue();
            assertThat(dynamo.endpoint().description()).startsWith("LocalStack (localstack/localstack:");

            dynamo.createTable("accounts");
            try (DynamoDbClient client = dynamo.newClient()) {
                client.putItem(r -> r.tableName("accounts")
                        .item(Map.of("PK", AttributeValue.fromS("USER#1"), "SK", AttributeValue.fromS("PROFILE"))));
                assertThat(client.getItem(r -> r.tableName("accounts")
                                        .key(Map.of(
                                                "PK",
                                                AttributeValue.fromS("USER#1"),
                                                "SK",
                                                AttributeValue.fromS("PROFILE"))))
                                .hasItem())
                        .isTrue();
                dynamo.reset();
                assertThat(client.listTables().tableNames()).isEmpty();
            }
        }
    }

    /** This machine's environment without the settings that would steer the resolver elsewhere. */
    private static Map<String, String> environmentWithoutOverrides() {
        Map<String, String> env = new HashMap<>(System.getenv());
        env.remove("AWS_ENDPOINT_URL_DYNAMODB");
        env.remove("WORKSHOP_DYNAMODB");
        return env;
    }
}
