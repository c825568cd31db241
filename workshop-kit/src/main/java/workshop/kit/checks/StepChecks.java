package workshop.kit.checks;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.Locale;
import momento.sdk.CacheClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.TestInstance;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountTable;
import workshop.kit.backends.LocalBackends;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.gateway.LambdaHandlers;
import workshop.kit.momento.LocalMomentoServer;

/**
 * What every class of checks starts from: the step's Lambda handler, created once per class the
 * way Lambda creates it once per execution environment, on the JVM's shared backends; and before
 * each check, an empty table, an empty cache, a reset clock of DynamoDB calls and no faults.
 *
 * <p>Which step, and whose code of it, comes from the {@link GradingRun} the grader opened: the
 * handler class is the one the step's serverless.yml names, loaded from the step's own classes by
 * that name, as the Lambda runtime does.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class StepChecks {
  /**
   * The cache client's deadline in the checks: short, so that a check of a cache slower than its
   * deadline takes a fraction of a second, yet far above a loopback call's fraction of a millisecond.
   */
  protected static final Duration CACHE_TIMEOUT = Duration.ofMillis(500);

  protected GradingRun run;
  protected LocalBackends backends;
  protected Settings settings;
  protected AccountApi api;
  /** The table, reached by a client whose calls are not counted: for writes behind the cache's back. */
  protected AccountTable tableBehindTheCache;

  private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
  private DynamoDbClient uncountedDynamoDb;
  private CacheClient realMomentoAdmin;

  @BeforeAll
  void createHandler() {
    run = GradingRun.current();
    backends = LocalBackends.shared();
    String cacheName = "checks-" + getClass().getSimpleName().toLowerCase(Locale.ROOT);
    settings = backends.settings("accounts", cacheName).withCacheTimeout(CACHE_TIMEOUT);
    handler = newHandler(settings);
    api = new AccountApi(handler);
    uncountedDynamoDb = DynamoDbCalls.notCounted(Clients.dynamoDbBuilder(settings)).build();
    tableBehindTheCache = new AccountTable(uncountedDynamoDb, settings.tableName());
  }

  @BeforeEach
  void startFromNothing() {
    backends.startFromNothing(settings.tableName(), settings.cacheName());
    if (backends.localMomento().isEmpty()) {
      flushRealMomento();
    }
  }

  @AfterAll
  void closeClients() throws Exception {
    closeHandler(handler);
    if (uncountedDynamoDb != null) {
      uncountedDynamoDb.close();
    }
    if (realMomentoAdmin != null) {
      realMomentoAdmin.close();
    }
  }

  /** A new handler of the step under check, as a new Lambda execution environment would create it. */
  protected RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> newHandler(Settings handlerSettings) {
    return LambdaHandlers.create(run.code().handlerClass(), handlerSettings, run.classes());
  }

  /** The TTL the step under check must cache with. */
  protected Duration stepTtl() {
    return run.step().ttl().orElseThrow(() -> new IllegalStateException(run.step().name() + " has no cache TTL"));
  }

  /** Closes the handler's clients, when it has a close() (each step's Handler does). */
  protected static void closeHandler(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler)
      throws Exception {
    if (handler instanceof AutoCloseable closeable) {
      closeable.close();
    }
  }

  /** The local Momento server; skips the check, saying why, when the checks run on real Momento. */
  protected LocalMomentoServer momento() {
    assumeTrue(
        backends.localMomento().isPresent(),
        "This check reads TTLs, moves the clock or injects faults: it needs the workshop's local Momento server, not real Momento.");
    return backends.localMomento().get();
  }

  /** A user made through the API; the check fails here if the service refuses. */
  protected void givenUser(String username, String firstName, String lastName) {
    expectStatus(api.createUser(username, firstName, lastName), 201);
  }

  protected void givenUsers(String... usernames) {
    for (String username : usernames) {
      givenUser(username, "First " + username, "Last " + username);
    }
  }

  /** An organization founded through the API by {@code owner}, who must exist. */
  protected void givenOrganization(String owner, String organizationName) {
    expectStatus(api.createOrganization(owner, organizationName), 201);
  }

  protected void givenMember(String actor, String organization, String username, String role) {
    expectStatus(api.addMember(actor, organization, username, role), 201);
  }

  /** Fails, showing the whole exchange, unless the response has the expected status. */
  protected static ApiResponse expectStatus(ApiResponse response, int expected) {
    org.assertj.core.api.Assertions.assertThat(response.status())
        .withFailMessage("Expected %s but %s", expected, response)
        .isEqualTo(expected);
    return response;
  }

  /** Fails unless the action made no DynamoDB read: it must have been answered from the cache. */
  protected ApiResponse expectNoDynamoDbRead(java.util.function.Supplier<ApiResponse> action) {
    DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
    ApiResponse response = action.get();
    long reads = callsSince(before).reads();
    org.assertj.core.api.Assertions.assertThat(reads)
        .withFailMessage(
            "%s, but it read DynamoDB %s time(s); it should have been answered from the cache with no DynamoDB read",
            response, reads)
        .isZero();
    return response;
  }

  /** Fails unless the action read DynamoDB (exactly {@code expected} times). */
  protected ApiResponse expectDynamoDbReads(int expected, String why, java.util.function.Supplier<ApiResponse> action) {
    DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
    ApiResponse response = action.get();
    long reads = callsSince(before).reads();
    org.assertj.core.api.Assertions.assertThat(reads)
        .withFailMessage("%s after reading DynamoDB %s time(s); expected %s: %s", response, reads, expected, why)
        .isEqualTo(expected);
    return response;
  }

  /** DynamoDB calls the service has made since {@code before}. */
  protected static DynamoDbCalls.Snapshot callsSince(DynamoDbCalls.Snapshot before) {
    return DynamoDbCalls.snapshot().minus(before);
  }

  protected static DynamoDbCalls.Snapshot dynamoDbCallsSoFar() {
    return DynamoDbCalls.snapshot();
  }

  private void flushRealMomento() {
    if (realMomentoAdmin == null) {
      realMomentoAdmin = Clients.momento(settings);
      realMomentoAdmin.createCache(settings.cacheName()).join();
    }
    realMomentoAdmin.flushCache(settings.cacheName()).join();
  }
}
