package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import momento.sdk.CacheClient;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountTable;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.backends.LocalBackends;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.lambda.LambdaEnvironment;
import workshop.kit.lambda.LambdaHandlers;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.Operation;

/**
 * What every class of checks starts from: the step's Lambda handler, created once per class the
 * way Lambda creates it once per execution environment, on the JVM's shared backends; and before
 * each check, an empty table, an empty cache, a reset clock of DynamoDB calls and no faults.
 *
 * <p>Which step, and whose code of it, comes from the {@link GradingRun} the grader opened: the
 * handler class is the one the step's serverless.yml names, loaded from the step's own classes by
 * that name, as the Lambda runtime does.
 *
 * <p>Checks run, and the scorecard lists them, in the order their {@code @Order} gives: the order
 * they are written in, the plainest behaviour first, so that the first failing check a learner is
 * shown is the one to fix first (JUnit's own order is deliberately arbitrary).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
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
        Settings backendSettings = backends.settings("accounts", cacheName).withCacheTimeout(CACHE_TIMEOUT);
        // Locally the checks stand in for Lambda: code that reads Settings.fromEnvironment() (say, a
        // client built per request) gets these backends too, and fails the check meant for it
        // instead of failing everywhere for want of an environment.
        LambdaEnvironment.use(backendSettings);
        // Every handler the checks create gets a Momento client the watch sees, with no retries,
        // through the constructor the tools call: the deployed code holds no hook for it.
        settings = backendSettings.withCacheConfiguration(
                CacheCallWatch.INSTANCE.watched(backendSettings.cacheConfiguration()));
        handler = newHandler(settings);
        api = new AccountApi(handler);
        uncountedDynamoDb =
                DynamoDbCalls.notCounted(Clients.dynamoDbBuilder(settings)).build();
        tableBehindTheCache = new AccountTable(uncountedDynamoDb, settings.tableName());
    }

    @BeforeEach
    void startFromNothing() {
        backends.startFromNothing(settings.tableName(), settings.cacheName());
        CacheCallWatch.INSTANCE.forgetStarted();
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
        LambdaEnvironment.clear();
    }

    /** A new handler of the step under check, as a new Lambda execution environment would create it. */
    protected RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> newHandler(Settings handlerSettings) {
        return LambdaHandlers.create(run.code().handlerClass(), handlerSettings, run.classes());
    }

    /** The TTL the step under check must cache with. */
    protected Duration stepTtl() {
        return run.step()
                .ttl()
                .orElseThrow(() -> new IllegalStateException(run.step().name() + " has no cache TTL"));
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

    /**
     * One request of {@link #everyKindOfRequest}: how to send it, and the status it answers when the
     * service works.
     */
    protected record PlannedRequest(int expectedStatus, Supplier<ApiResponse> send) {}

    /**
     * What {@link #everyKindOfRequest} starts from, written behind the cache's back: user alice, and
     * organization olivia-org, founded by olivia (its Owner).
     */
    protected void givenWhatEveryKindOfRequestNeeds() {
        tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
        tableBehindTheCache.putNewOrganization(
                new Organization("olivia-org", "Olivia Org", "olivia"),
                new Membership("olivia-org", "olivia", Role.Owner));
    }

    /**
     * Requests that, between them, call every method of the step's {@code AccountStore}: each read
     * (found and not found), each write, and the permission lookups inside writes (the Owner's
     * membership, read before she adds, promotes and removes a member). A check of something every
     * request must do sends all of them (see {@link EveryRequest}). They run in this order, from
     * {@link #givenWhatEveryKindOfRequestNeeds}, and touch users alice, carol and nobody (who does not
     * exist), organizations olivia-org and carol-org, and the memberships of olivia and alice in
     * olivia-org and of carol in carol-org. The statuses are those of a service that works.
     */
    protected static List<PlannedRequest> everyKindOfRequest(AccountApi api) {
        return List.of(
                new PlannedRequest(200, () -> api.getUser("alice")),
                new PlannedRequest(404, () -> api.getUser("nobody")),
                new PlannedRequest(201, () -> api.createUser("carol", "Carol", "Danvers")),
                new PlannedRequest(200, () -> api.updateUser("alice", "alice", "Alicia", null)),
                new PlannedRequest(200, () -> api.getOrganization("olivia-org")),
                new PlannedRequest(201, () -> api.createOrganization("carol", "Carol Org")),
                new PlannedRequest(201, () -> api.addMember("olivia", "olivia-org", "alice", "Member")),
                new PlannedRequest(200, () -> api.getMembership("olivia-org", "alice")),
                new PlannedRequest(200, () -> api.changeRole("olivia", "olivia-org", "alice", "Admin")),
                new PlannedRequest(204, () -> api.removeMember("olivia", "olivia-org", "alice")));
    }

    /** A user made through the API; the check fails here if the service refuses. */
    protected void givenUser(String username, String firstName, String lastName) {
        expectStatus(
                api.createUser(username, firstName, lastName),
                201,
                "the check starts by creating the user " + username);
    }

    protected void givenUsers(String... usernames) {
        for (String username : usernames) {
            givenUser(username, "First " + username, "Last " + username);
        }
    }

    /** An organization founded through the API by {@code owner}, who must exist. */
    protected void givenOrganization(String owner, String organizationName) {
        expectStatus(
                api.createOrganization(owner, organizationName),
                201,
                "the check starts by having " + owner + " found " + organizationName + " (and become its Owner)");
    }

    protected void givenMember(String actor, String organization, String username, String role) {
        expectStatus(
                api.addMember(actor, organization, username, role),
                201,
                "the check starts by having " + actor + " (an Owner or Admin of " + organization + ") add " + username
                        + " as " + role);
    }

    /**
     * Fails, showing the whole exchange, unless the response has the expected status: for the
     * requests a check makes on its way to what it judges.
     */
    protected static ApiResponse expectStatus(ApiResponse response, int expected) {
        assertThat(response.status())
                .withFailMessage(
                        "Expected %s but %s: the check needs that answer before it can judge what it checks",
                        expected, response)
                .isEqualTo(expected);
        return response;
    }

    /** The same, saying why that status matters. */
    protected static ApiResponse expectStatus(ApiResponse response, int expected, String why) {
        assertThat(response.status())
                .withFailMessage("Expected %s but %s: %s", expected, response, why)
                .isEqualTo(expected);
        return response;
    }

    /** Fails unless the response's JSON has {@code field} equal to {@code expected} (null: no such field). */
    protected static void expectField(ApiResponse response, String field, String expected, String why) {
        assertThat(response.field(field))
                .withFailMessage(
                        "%s; expected its %s to be %s: %s",
                        response, field, expected == null ? "absent" : "\"" + expected + "\"", why)
                .isEqualTo(expected);
    }

    /** Fails unless the response's error message names each of {@code words}. */
    protected static void expectErrorNaming(ApiResponse response, String why, String... words) {
        String error = response.error() == null ? "" : response.error();
        for (String word : words) {
            assertThat(error)
                    .withFailMessage("%s; expected its error message to name %s: %s", response, word, why)
                    .contains(word);
        }
    }

    /** Fails unless the action made no DynamoDB read: it must have been answered from the cache. */
    protected ApiResponse expectNoDynamoDbRead(Supplier<ApiResponse> action) {
        return expectNoDynamoDbRead("a cache that does not save reads only adds a call", action);
    }

    /** The same, saying why the answer must come from the cache. */
    protected ApiResponse expectNoDynamoDbRead(String why, Supplier<ApiResponse> action) {
        DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
        ApiResponse response = action.get();
        DynamoDbCalls.Snapshot calls = callsSince(before);
        assertThat(calls.reads())
                .withFailMessage(
                        "%s after %s; it should have been answered from the cache, with no DynamoDB read: %s%s",
                        response, InPlainWords.dynamoDbCalls(calls), why, cacheCallsOf(response))
                .isZero();
        return response;
    }

    /** Fails unless the action read DynamoDB (exactly {@code expected} times). */
    protected ApiResponse expectDynamoDbReads(int expected, String why, Supplier<ApiResponse> action) {
        DynamoDbCalls.Snapshot before = dynamoDbCallsSoFar();
        ApiResponse response = action.get();
        DynamoDbCalls.Snapshot calls = callsSince(before);
        assertThat(calls.reads())
                .withFailMessage(
                        "%s after %s; expected %s DynamoDB read(s): %s%s",
                        response, InPlainWords.dynamoDbCalls(calls), expected, why, cacheCallsOf(response))
                .isEqualTo(expected);
        return response;
    }

    /** " (its cache calls: GET USER#alice, SET USER#alice)", or "" when it made none or none were watched. */
    protected static String cacheCallsOf(ApiResponse response) {
        return response.cacheCalls().isEmpty()
                ? ""
                : " (its cache calls: " + String.join(", ", response.cacheCalls()) + ")";
    }

    /** DynamoDB calls the service has made since {@code before}. */
    protected static DynamoDbCalls.Snapshot callsSince(DynamoDbCalls.Snapshot before) {
        return DynamoDbCalls.snapshot().minus(before);
    }

    protected static DynamoDbCalls.Snapshot dynamoDbCallsSoFar() {
        return DynamoDbCalls.snapshot();
    }

    /**
     * Why a successful write left no {@code key} in the cache, from the cache calls logged since
     * {@code mark}. A store of a key the same request looked up first (a GET) is a read caching what
     * it missed; the write's own stores are the others.
     */
    protected String whyWriteNotCached(String key, int mark) {
        List<CacheOperation> calls = cacheCallsSince(mark);
        Optional<String> plainCase = noCallsOrCallsOn(key, calls);
        if (plainCase.isPresent()) {
            return plainCase.get();
        }
        Set<String> looked = new HashSet<>();
        List<CacheOperation> readStores = new ArrayList<>();
        List<CacheOperation> writeStores = new ArrayList<>();
        for (CacheOperation call : calls) {
            if (call.operation() == Operation.GET) {
                looked.add(call.key());
            } else if (call.operation() == Operation.SET || call.operation() == Operation.SET_IF_NOT_EXISTS) {
                (looked.contains(call.key()) ? readStores : writeStores).add(call);
            }
        }
        if (!writeStores.isEmpty()) {
            return "the write's stores were " + InPlainWords.cacheCalls(writeStores) + ", none under " + key
                    + " (reads and writes both take their keys from CacheKeys)";
        }
        return "the write stored nothing in the cache"
                + (readStores.isEmpty()
                        ? ""
                        : " (the only stores were reads caching what they had missed: "
                                + InPlainWords.cacheCalls(readStores) + ")");
    }

    /** The two answers both "why not cached" share: no cache call at all, or the calls made on the key. */
    private static Optional<String> noCallsOrCallsOn(String key, List<CacheOperation> calls) {
        if (calls.isEmpty()) {
            return Optional.of("the service made no cache call at all");
        }
        List<CacheOperation> onKey =
                calls.stream().filter(call -> call.key().equals(key)).toList();
        return onKey.isEmpty()
                ? Optional.empty()
                : Optional.of("the cache calls on " + key + " were: " + InPlainWords.cacheCalls(onKey));
    }

    /** The local server's log of cache calls from position {@code mark} on (see {@link #cacheLogMark()}). */
    protected List<CacheOperation> cacheCallsSince(int mark) {
        List<CacheOperation> all = momento().operations();
        return all.subList(Math.min(mark, all.size()), all.size());
    }

    /** A position in the local server's log of cache calls. */
    protected int cacheLogMark() {
        return momento().operations().size();
    }

    /**
     * Why {@code key} is not in the cache, from the cache calls logged since {@code mark}: no call at
     * all, calls on this key (that failed, or were deleted after), or calls on other keys only.
     */
    protected String whyNotCached(String key, int mark) {
        List<CacheOperation> calls = cacheCallsSince(mark);
        Optional<String> plainCase = noCallsOrCallsOn(key, calls);
        if (plainCase.isPresent()) {
            return plainCase.get();
        }
        List<CacheOperation> stores = calls.stream()
                .filter(call -> call.operation() == Operation.SET || call.operation() == Operation.SET_IF_NOT_EXISTS)
                .toList();
        if (stores.isEmpty()) {
            return "the service stored nothing in the cache (its cache calls: " + InPlainWords.cacheCalls(calls) + ")";
        }
        return "the service's stores were " + InPlainWords.cacheCalls(stores) + ", none under " + key
                + " (reads and writes both take their keys from CacheKeys)";
    }

    private void flushRealMomento() {
        if (realMomentoAdmin == null) {
            realMomentoAdmin = Clients.momento(settings);
            realMomentoAdmin.createCache(settings.cacheName()).join();
        }
        realMomentoAdmin.flushCache(settings.cacheName()).join();
    }
}
