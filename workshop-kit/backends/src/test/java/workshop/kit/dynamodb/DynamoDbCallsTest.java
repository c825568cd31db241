package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.awscore.exception.AwsErrorDetails;
import software.amazon.awssdk.awscore.retry.AwsRetryStrategy;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.DynamoDbException;
import software.amazon.awssdk.services.dynamodb.model.ProvisionedThroughputExceededException;

/** Counting through the global interceptor file, against a real (moto) server. */
class DynamoDbCallsTest {
    private static final String TABLE = "calls";
    private static RunningDynamoDb dynamo;

    @BeforeAll
    static void startMoto() {
        assumeTrue(TestEnv.motoOnThisMachine().isPresent(), "moto is not installed on this machine");
        dynamo = DynamoDbBackends.start(TestEnv.machineEnvForMoto(), TestEnv.noProperties());
        dynamo.createTable(TABLE);
    }

    @AfterAll
    static void stopMoto() {
        if (dynamo != null) {
            dynamo.close();
        }
    }

    @AfterEach
    void noFaultsLeft() {
        DynamoDbCalls.clearFaults();
    }

    @Test
    void countsEveryClientByOperationWithoutBeingRegisteredByTheApp() {
        DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
        try (DynamoDbClient client = dynamo.newClient()) { // a plain client: no interceptor added here
            TestEnv.putItem(client, TABLE, "USER#1", "PROFILE", "Ada");
            client.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#1", "PROFILE")));
            client.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#2", "PROFILE")));
        }
        DynamoDbCalls.Snapshot calls = DynamoDbCalls.snapshot().minus(before);

        assertThat(calls.byOperation()).isEqualTo(Map.of("GetItem", 2L, "PutItem", 1L));
        assertThat(calls.of("GetItem")).isEqualTo(2);
        assertThat(calls.of("Query")).isZero();
        assertThat(calls.reads()).isEqualTo(2);
        assertThat(calls.writes()).isEqualTo(1);
        assertThat(calls.total()).isEqualTo(3);
    }

    /**
     * What the checks of client wiring rely on: the SDK gives each client it builds an instance of
     * its own of every global interceptor, so each client counts once, at its first counted call.
     */
    @Test
    void eachClientBuiltCountsOnceAtItsFirstCountedCall() {
        int before = DynamoDbCalls.clientsCounted();
        try (DynamoDbClient kept = dynamo.newClient()) {
            for (int i = 0; i < 3; i++) {
                kept.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#kept", "PROFILE")));
            }
            assertThat(DynamoDbCalls.clientsCounted() - before)
                    .as("one client, three calls")
                    .isEqualTo(1);
            for (int i = 0; i < 2; i++) {
                try (DynamoDbClient perRequest = dynamo.newClient()) {
                    perRequest.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#new", "PROFILE")));
                    perRequest.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#new", "PROFILE")));
                }
            }
            assertThat(DynamoDbCalls.clientsCounted() - before)
                    .as("and two more clients, two calls each")
                    .isEqualTo(3);
        }
        try (DynamoDbClient fixture = DynamoDbCalls.notCounted(clientBuilder()).build()) {
            fixture.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#kept", "PROFILE")));
        }
        assertThat(DynamoDbCalls.clientsCounted() - before)
                .as("and a client marked not counted")
                .isEqualTo(3);
    }

    @Test
    void aClientMarkedNotCountedIsNotCountedAndNeitherIsTheKitsOwnSetUp() {
        DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
        try (DynamoDbClient fixture = DynamoDbCalls.notCounted(clientBuilder()).build()) {
            TestEnv.putItem(fixture, TABLE, "USER#3", "PROFILE", "Grace");
            fixture.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#3", "PROFILE")));
        }
        dynamo.createTable(TABLE);

        assertThat(DynamoDbCalls.snapshot().minus(before).total()).isZero();
    }

    @Test
    void failNextFailsTheNextCallOnlyAndStillCountsIt() {
        ProvisionedThroughputExceededException throttled = ProvisionedThroughputExceededException.builder()
                .message("Rate exceeded (injected by the test)")
                .statusCode(400)
                .awsErrorDetails(AwsErrorDetails.builder()
                        .errorCode("ProvisionedThroughputExceededException")
                        .build())
                .build();
        try (DynamoDbClient client = clientBuilder()
                .overrideConfiguration(o -> o.retryStrategy(AwsRetryStrategy.doNotRetry()))
                .build()) {
            DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
            DynamoDbCalls.failNext("GetItem", 1, () -> throttled);

            assertThatThrownBy(() -> client.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#1", "PROFILE"))))
                    // The SDK rethrows a copy of the same type that also records the attempt count.
                    .isInstanceOf(ProvisionedThroughputExceededException.class)
                    .hasMessageContaining("Rate exceeded (injected by the test)");
            client.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#1", "PROFILE")));
            TestEnv.putItem(client, TABLE, "USER#4", "PROFILE", "Alan"); // other operations are not affected

            assertThat(DynamoDbCalls.snapshot().minus(before).byOperation())
                    .isEqualTo(Map.of("GetItem", 2L, "PutItem", 1L));
        }
    }

    @Test
    void aFaultThatIsNotAnSdkExceptionReachesTheCaller() {
        DynamoDbCalls.failNext("PutItem", 1, () -> new IllegalStateException("disk on fire (injected by the test)"));

        try (DynamoDbClient client = dynamo.newClient()) {
            assertThatThrownBy(() -> TestEnv.putItem(client, TABLE, "USER#5", "PROFILE", "Edsger"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessage("disk on fire (injected by the test)");
        }
    }

    @Test
    void theSdksRetriesUseUpFaultsAndAreNotCountedAgain() {
        DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
        DynamoDbCalls.failNext(
                "GetItem",
                2,
                () -> DynamoDbException.builder()
                        .message("Internal server error (injected by the test)")
                        .statusCode(500)
                        .build());

        try (DynamoDbClient client = dynamo.newClient()) { // the SDK's default retries for DynamoDB
            client.getItem(r -> r.tableName(TABLE).key(TestEnv.key("USER#1", "PROFILE")));
        }

        assertThat(DynamoDbCalls.snapshot().minus(before).byOperation()).isEqualTo(Map.of("GetItem", 1L));
    }

    @Test
    void snapshotsSubtract() {
        DynamoDbCalls.Snapshot earlier = new DynamoDbCalls.Snapshot(Map.of("GetItem", 2L, "PutItem", 1L));
        DynamoDbCalls.Snapshot later = new DynamoDbCalls.Snapshot(
                Map.of("GetItem", 5L, "PutItem", 1L, "TransactWriteItems", 2L, "CreateTable", 1L));

        DynamoDbCalls.Snapshot between = later.minus(earlier);

        assertThat(between.byOperation()).isEqualTo(Map.of("CreateTable", 1L, "GetItem", 3L, "TransactWriteItems", 2L));
        assertThat(between.reads()).isEqualTo(3);
        assertThat(between.writes()).isEqualTo(2);
        assertThat(between.total()).isEqualTo(6);
    }

    /** A client like {@link RunningDynamoDb#newClient()} but open to more configuration. */
    private static software.amazon.awssdk.services.dynamodb.DynamoDbClientBuilder clientBuilder() {
        return DynamoDbClient.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(dynamo.endpoint().region()))
                .endpointOverride(dynamo.endpoint().uri())
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("test", "test")));
    }
}
