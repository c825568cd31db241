package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Properties;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The Docker path. Skipped (not failed) on machines without Docker; the check is the same one the
 * resolver uses, so no extra test dependency is needed.
 */
class LocalStackBackendTest {

  @Test
  void localStackWhenAskedFor() {
    assumeTrue(LocalStackDynamoDb.dockerAvailable(), "Docker is not available: LocalStack cannot run here");
    Properties props = new Properties();
    props.setProperty("workshop.dynamodb", "localstack");

    try (RunningDynamoDb dynamo = DynamoDbBackends.start(TestEnv.machineEnvForMoto(), props)) {
      assertThat(dynamo.endpoint().local()).isTrue();
      assertThat(dynamo.endpoint().description()).startsWith("LocalStack (localstack/localstack:");

      dynamo.createTable("accounts");
      try (DynamoDbClient client = dynamo.newClient()) {
        TestEnv.putItem(client, "accounts", "USER#1", "PROFILE", "Ada");
        assertThat(client.getItem(r -> r.tableName("accounts").key(TestEnv.key("USER#1", "PROFILE"))).hasItem()).isTrue();
        dynamo.reset();
        assertThat(client.listTables().tableNames()).isEmpty();
      }
    }
  }
}
