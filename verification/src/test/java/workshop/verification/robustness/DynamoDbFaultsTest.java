package workshop.verification.robustness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import workshop.accounts.cache.CacheKeys;
import workshop.kit.checks.AccountApi;
import workshop.kit.checks.DynamoDbFaults;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.lambda.HttpApiEvents;
import workshop.verification.PristineSteps;

/**
 * DynamoDB throttling and failing under step 3's solution: every read and write answers 503 with
 * Retry-After and a JSON error (no stack trace, never 500); a failed write leaves the table and the
 * cache as they were; a failed organization creation leaves neither the organization nor its
 * founder's membership.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class DynamoDbFaultsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private RobustnessBench bench;
    private RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private AccountApi api;

    @BeforeAll
    void setUp() {
        bench = new RobustnessBench(
                PristineSteps.solutionHandlers("step-3"), "robustness-step3-dynamodb", Duration.ofMillis(500));
        assumeTrue(bench.hasLocalMomento(), "needs the workshop's local Momento server (peeks)");
        handler = bench.newHandler();
        api = new AccountApi(handler);
    }

    @AfterAll
    void tearDown() {
        if (bench != null) bench.close();
    }

    private record Case(
            String name, String operation, String method, String path, String actor, String body, boolean write) {}

    @Test
    void everyRouteAnswers503WithARetryHintAndChangesNothing() {
        List<Case> cases = List.of(
                new Case("get-user (miss)", "GetItem", "GET", "/users/carol", null, null, false),
                new Case(
                        "get-membership (miss)",
                        "GetItem",
                        "GET",
                        "/organizations/acme/members/carol",
                        null,
                        null,
                        false),
                new Case(
                        "create-user",
                        "PutItem",
                        "POST",
                        "/users",
                        null,
                        AccountApi.body("username", "dave", "firstName", "D", "lastName", "D"),
                        true),
                new Case(
                        "update-user",
                        "UpdateItem",
                        "PATCH",
                        "/users/alice",
                        "alice",
                        AccountApi.body("firstName", "Changed"),
                        true),
                new Case(
                        "add-member",
                        "PutItem",
                        "POST",
                        "/organizations/acme/members",
                        "alice",
                        AccountApi.body("username", "carol", "role", "Member"),
                        true),
                new Case(
                        "change-role",
                        "UpdateItem",
                        "PATCH",
                        "/organizations/acme/members/bob",
                        "alice",
                        AccountApi.body("role", "Admin"),
                        true),
                new Case(
                        "remove-member",
                        "DeleteItem",
                        "DELETE",
                        "/organizations/acme/members/bob",
                        "alice",
                        null,
                        true),
                new Case(
                        "create-organization",
                        "TransactWriteItems",
                        "POST",
                        "/organizations",
                        "alice",
                        AccountApi.body("organizationName", "Newco"),
                        true));
        Map<String, Supplier<RuntimeException>> faults = Map.of(
                "throttled", DynamoDbFaults::throttled,
                "internal-server-error", DynamoDbFaults::internalServerError,
                "service-unavailable", DynamoDbFaults::serviceUnavailable);

        int sent = 0,
                with503 = 0,
                with500 = 0,
                withRetryAfter = 0,
                stackTraces = 0,
                tableChanged = 0,
                cacheChanged = 0,
                orgPartial = 0;
        List<String> problems = new ArrayList<>();
        String logs;
        try (OutputCapture capture = new OutputCapture()) {
            for (String faultName : faults.keySet().stream().sorted().toList()) {
                for (Case c : cases) {
                    givenAliceBobAndAcme();
                    var tableBefore = bench.scanTable();
                    var cacheBefore = bench.cacheContents();
                    bench.momento().clearOperations();
                    DynamoDbCalls.failNext(c.operation(), DynamoDbFaults.EVERY_ATTEMPT, faults.get(faultName));
                    APIGatewayV2HTTPResponse response = send(c);
                    DynamoDbCalls.clearFaults();
                    sent++;
                    String where =
                            faultName + " " + c.name() + ": " + response.getStatusCode() + " " + response.getBody();
                    if (response.getStatusCode() == 503) with503++;
                    else problems.add("not 503: " + where);
                    if (response.getStatusCode() == 500) with500++;
                    Map<String, String> headers = response.getHeaders() == null ? Map.of() : response.getHeaders();
                    if (headers.containsKey("retry-after")) withRetryAfter++;
                    else problems.add("no retry-after: " + where);
                    JsonNode body = parse(response.getBody());
                    if (body == null || !body.path("error").isTextual()) problems.add("no {\"error\"} body: " + where);
                    if (looksLikeStackTrace(response.getBody())) {
                        stackTraces++;
                        problems.add("stack trace: " + where);
                    }
                    if (!bench.scanTable().equals(tableBefore)) {
                        tableChanged++;
                        problems.add("table changed: " + where);
                    }
                    String cacheChange = cacheChange(cacheBefore);
                    if (cacheChange != null) {
                        cacheChanged++;
                        problems.add("cache changed: " + where + ": " + cacheChange);
                    }
                    if (c.operation().equals("TransactWriteItems")
                            && (bench.table().getOrganization("newco").isPresent()
                                    || bench.table()
                                            .findItem(workshop.accounts.data.TableKeys.membership("newco", "alice"))
                                            .isPresent())) {
                        orgPartial++;
                        problems.add("organization half-created: " + where);
                    }
                }
            }
            logs = capture.text();
        }
        long stackTraceLinesInLogs =
                logs.lines().filter(line -> line.startsWith("\tat ")).count();
        Figures.of("step3.dynamodb-faults")
                .put("faults", faults.size())
                .put("routes", cases.size())
                .put("requests", sent)
                .put("answered_503", with503)
                .put("answered_500", with500)
                .put("with_retry_after", withRetryAfter)
                .put("stack_traces_in_bodies", stackTraces)
                .put("stack_trace_lines_in_logs", stackTraceLinesInLogs)
                .put("table_changed", tableChanged)
                .put("cache_changed", cacheChanged)
                .put("organizations_half_created", orgPartial)
                .print();
        assertThat(problems).isEmpty();
        assertThat(stackTraceLinesInLogs).as("stack trace lines logged").isZero();
    }

    /** alice (Owner of acme), bob (Member); alice, bob and bob's membership cached. carol exists, uncached. */
    private void givenAliceBobAndAcme() {
        bench.reset();
        expect(api.createUser("alice", "Alice", "A"), 201);
        expect(api.createUser("bob", "Bob", "B"), 201);
        expect(api.createOrganization("alice", "Acme"), 201);
        expect(api.addMember("alice", "acme", "bob", "Member"), 201);
        bench.table().putNewUser(new workshop.accounts.domain.User("carol", "Carol", "C")); // behind the cache
        assertThat(bench.cacheContents()).doesNotContainKey(CacheKeys.user("carol"));
    }

    /**
     * What the failed request did to the cache beyond read-aside: an entry changed or dropped, a
     * write-path SET or DELETE sent, or a new entry that is not DynamoDB's state. (A read the route
     * made before its failed write may cache what it read: that is read-aside, and fresh.)
     */
    private String cacheChange(Map<String, String> before) {
        Map<String, String> after = bench.cacheContents();
        for (var entry : before.entrySet()) {
            if (!entry.getValue().equals(after.get(entry.getKey())))
                return entry.getKey() + " was " + entry.getValue() + ", now " + after.get(entry.getKey());
        }
        var writes = bench.momento().operations().stream()
                .filter(op -> op.operation() == workshop.kit.momento.Operation.SET
                        || op.operation() == workshop.kit.momento.Operation.DELETE)
                .toList();
        if (!writes.isEmpty()) return "write-path cache calls " + writes;
        var audit = bench.auditor().audit();
        if (!audit.clean()) return "new entries not fresh: " + audit;
        return null;
    }

    private APIGatewayV2HTTPResponse send(Case c) {
        Map<String, String> headers = new HashMap<>();
        headers.put("content-type", "application/json");
        if (c.actor() != null) headers.put("authorization", c.actor());
        return handler.handleRequest(HttpApiEvents.event(c.method(), c.path(), headers, c.body()), null);
    }

    private static void expect(workshop.kit.checks.ApiResponse response, int status) {
        assertThat(response.status()).as("%s", response).isEqualTo(status);
    }

    private static JsonNode parse(String body) {
        try {
            return body == null ? null : JSON.readTree(body);
        } catch (Exception e) {
            return null;
        }
    }

    static boolean looksLikeStackTrace(String body) {
        return body != null
                && (body.contains("\tat ")
                        || body.contains("Exception")
                        || body.contains(".java:")
                        || body.contains("software.amazon")
                        || body.contains("workshop."));
    }
}
