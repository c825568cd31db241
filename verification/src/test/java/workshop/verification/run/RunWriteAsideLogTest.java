package workshop.verification.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import momento.sdk.CacheClient;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configurations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.Operation;

/**
 * Step 3's solution behind {@code ./workshop run}'s gateway: the request log shows what
 * write-aside does, call by call, in order. Every successful write is followed by a SET of the new
 * state; a refused write by none; the read path's set-if-absent says whether it stored or kept.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunWriteAsideLogTest {
    private static final String CACHE = "run-step3";

    private ServedStep served;
    private CacheClient otherWriter;

    @BeforeAll
    void serveStep3() throws Exception {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the workshop's local Momento server");
        served = new ServedStep("step-3", "run-step3", CACHE, true);
        assertThat(send("POST", "/users", null, "{\"username\":\"alice\",\"firstName\":\"Alice\",\"lastName\":\"A\"}")
                        .statusCode())
                .isEqualTo(201);
        assertThat(send("POST", "/users", null, "{\"username\":\"bob\",\"firstName\":\"Bob\",\"lastName\":\"B\"}")
                        .statusCode())
                .isEqualTo(201);
    }

    @AfterEach
    void noFaults() {
        if (served != null) {
            momento().faults().clear();
        }
    }

    @AfterAll
    void stop() {
        if (otherWriter != null) {
            otherWriter.close();
        }
        if (served != null) {
            served.close();
        }
    }

    private LocalMomentoServer momento() {
        return served.momento();
    }

    private HttpResponse<String> send(String method, String path, String actor, String body) throws Exception {
        return served.send(method, path, actor, body);
    }

    /** The request's log: its summary line and the calls under it. */
    private List<String> logOf(String method, String path, String actor, String body, int expectedStatus)
            throws Exception {
        int from = served.logPosition();
        assertThat(send(method, path, actor, body).statusCode()).isEqualTo(expectedStatus);
        return served.logSince(from);
    }

    @Test
    void aNewUserIsWrittenToDynamoDbThenToTheCache() throws Exception {
        List<String> log = logOf(
                "POST", "/users", null, "{\"username\":\"carol\",\"firstName\":\"Carol\",\"lastName\":\"C\"}", 201);
        assertThat(log)
                .containsExactly(
                        log.get(0),
                        "       DynamoDB  PutItem USER#carol",
                        "       cache     SET USER#carol ttl 1800 s");
        assertThat(log.get(0)).startsWith("POST   /users").contains("DynamoDB: 0 reads 1 write");
    }

    @Test
    void aNewOrganizationIsOneTransactionThenTwoSets() throws Exception {
        List<String> log = logOf("POST", "/organizations", "alice", "{\"organizationName\":\"Acme\"}", 201);
        assertThat(log)
                .containsSubsequence(
                        "       DynamoDB  TransactWriteItems (Put ORG#acme, Put ORGMEMBERS#acme MEMBER#alice)",
                        "       cache     SET ORG#acme ttl 1800 s",
                        "       cache     SET MEMBER#acme#alice ttl 1800 s");
    }

    @Test
    void aRenameAndARemovedMemberRefreshTheirEntries() throws Exception {
        logOf("POST", "/organizations", "bob", "{\"organizationName\":\"Bobs\"}", 201);
        logOf("POST", "/organizations/bobs/members", "bob", "{\"username\":\"alice\",\"role\":\"Member\"}", 201);

        assertThat(logOf("PATCH", "/users/bob", "bob", "{\"lastName\":\"Builder\"}", 200))
                .containsSubsequence(
                        "       DynamoDB  UpdateItem USER#bob", "       cache     SET USER#bob ttl 1800 s");
        assertThat(logOf("DELETE", "/organizations/bobs/members/alice", "bob", null, 204))
                .containsSubsequence(
                        "       cache     GET MEMBER#bobs#bob hit (expires in 1800 s)",
                        "       DynamoDB  DeleteItem ORGMEMBERS#bobs MEMBER#alice",
                        "       cache     SET MEMBER#bobs#alice ttl 1800 s");
    }

    @Test
    void aRefusedWriteLeavesTheCacheAlone() throws Exception {
        List<String> log = logOf(
                "POST", "/users", null, "{\"username\":\"alice\",\"firstName\":\"Impostor\",\"lastName\":\"X\"}", 409);
        assertThat(log)
                .containsExactly(
                        log.get(0), "       DynamoDB  PutItem USER#alice failed: ConditionalCheckFailedException");
    }

    @Test
    void theReadPathSaysWhetherItsSetIfAbsentStoredOrKept() throws Exception {
        assertThat(logOf("GET", "/users/nobody", null, null, 404))
                .containsSubsequence(
                        "       cache     GET USER#nobody miss",
                        "       DynamoDB  GetItem USER#nobody",
                        "       cache     SET-IF-ABSENT USER#nobody stored, ttl 1800 s");

        // A write that lands while the read is on its way back from DynamoDB: the read keeps it.
        momento().flush(CACHE);
        otherWriter = CacheClient.create(
                new MomentoLocalProvider(momento().host(), momento().port()),
                Configurations.Laptop.latest().withTimeout(Duration.ofSeconds(2)),
                Duration.ofSeconds(60));
        momento()
                .onNextWrite(
                        "USER#alice",
                        () -> otherWriter
                                .set(
                                        CACHE,
                                        "USER#alice",
                                        "{\"username\":\"alice\",\"firstName\":\"Newer\",\"lastName\":\"A\"}",
                                        Duration.ofSeconds(1800))
                                .join());
        assertThat(logOf("GET", "/users/alice", null, null, 200))
                .containsSubsequence(
                        "       cache     GET USER#alice miss",
                        "       DynamoDB  GetItem USER#alice",
                        "       cache     SET USER#alice ttl 1800 s",
                        "       cache     SET-IF-ABSENT USER#alice kept the entry already cached");
    }

    @Test
    void aCacheFailureAfterAWriteIsShownAndSoIsTheFallback() throws Exception {
        momento().faults().fail(Operation.SET);
        assertThat(logOf("PATCH", "/users/alice", "alice", "{\"firstName\":\"Ally\"}", 200))
                .containsSubsequence(
                        "       DynamoDB  UpdateItem USER#alice",
                        "       cache     SET USER#alice FAILED (the cache was unavailable)",
                        "       cache     DELETE USER#alice");
    }
}
