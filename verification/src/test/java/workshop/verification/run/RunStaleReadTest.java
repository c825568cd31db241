package workshop.verification.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * Chapter 2's staleness demo, done as a learner does it: step 2's solution behind
 * {@code ./workshop run}'s gateway, on a cache that runs on the wall clock. A PATCH leaves the old
 * name cached; the inspector says STALE; moving the clock 61 s over HTTP (instead of waiting a
 * minute) lets the next GET read DynamoDB and show the new name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunStaleReadTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ServedStep served;

    @BeforeAll
    void serveStep2() {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the workshop's local Momento server");
        served = new ServedStep("step-2", "run-step2", "run-step2", true);
    }

    @AfterAll
    void stop() {
        if (served != null) {
            served.close();
        }
    }

    private HttpResponse<String> send(String method, String path, String actor, String body) throws Exception {
        return served.send(method, path, actor, body);
    }

    private JsonNode entry(String key) throws Exception {
        JsonNode state =
                JSON.readTree(send("GET", "/_workshop/state", null, null).body());
        for (JsonNode entry : state.get("entries")) {
            if (entry.get("key").asText().equals(key)) {
                return entry;
            }
        }
        throw new AssertionError("The inspector shows no row for " + key + ": " + state);
    }

    @Test
    void aStaleReadEndsWhenTheClockIsMovedPastTheTtl() throws Exception {
        assertThat(send(
                                "POST",
                                "/users",
                                null,
                                "{\"username\":\"oliviaowner\",\"firstName\":\"Olivia\",\"lastName\":\"Smith\"}")
                        .statusCode())
                .isEqualTo(201);
        int beforeFirstRead = served.logPosition();
        assertThat(send("GET", "/users/oliviaowner", null, null).body()).contains("\"lastName\":\"Smith\"");
        assertThat(served.logSince(beforeFirstRead))
                .containsSubsequence(
                        "       cache     GET USER#oliviaowner miss",
                        "       DynamoDB  GetItem USER#oliviaowner",
                        "       cache     SET USER#oliviaowner ttl 60 s");

        int beforePatch = served.logPosition();
        assertThat(send("PATCH", "/users/oliviaowner", "oliviaowner", "{\"lastName\":\"Jones\"}")
                        .body())
                .contains("\"lastName\":\"Jones\"");
        assertThat(served.logSince(beforePatch))
                .contains("       DynamoDB  UpdateItem USER#oliviaowner")
                .noneMatch(line -> line.contains("cache     SET"));

        int beforeStaleRead = served.logPosition();
        assertThat(send("GET", "/users/oliviaowner", null, null).body())
                .as("the stale read")
                .contains("\"lastName\":\"Smith\"");
        assertThat(served.logSince(beforeStaleRead).get(1))
                .matches("       cache     GET USER#oliviaowner hit \\(expires in (59|60) s\\)");

        JsonNode stale = entry("USER#oliviaowner");
        assertThat(stale.get("stale").asBoolean())
                .as("the inspector: %s", stale)
                .isTrue();
        assertThat(stale.get("cached").asText()).contains("Smith");
        assertThat(stale.get("table").asText()).contains("Jones");

        HttpResponse<String> moved = send("POST", "/_workshop/clock?advance=61", null, null);
        assertThat(moved.statusCode()).isEqualTo(200);
        assertThat(served.log()).contains("Cache clock moved 61 s forward (POST /_workshop/clock)");

        int beforeFreshRead = served.logPosition();
        assertThat(send("GET", "/users/oliviaowner", null, null).body())
                .as("the read after the TTL")
                .contains("\"lastName\":\"Jones\"");
        assertThat(served.logSince(beforeFreshRead))
                .containsSubsequence(
                        "       cache     GET USER#oliviaowner miss",
                        "       DynamoDB  GetItem USER#oliviaowner",
                        "       cache     SET USER#oliviaowner ttl 60 s");
        assertThat(entry("USER#oliviaowner").get("stale").asBoolean()).isFalse();
    }

    @Test
    void theInspectorsTableReadsAreNotTheLearnersDynamoDbCalls() throws Exception {
        assertThat(send("POST", "/users", null, "{\"username\":\"counted\",\"firstName\":\"C\",\"lastName\":\"D\"}")
                        .statusCode())
                .isEqualTo(201);
        DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
        for (int i = 0; i < 3; i++) {
            assertThat(entry("USER#counted").get("table").asText()).contains("counted");
        }
        assertThat(DynamoDbCalls.snapshot().minus(before).total()).isZero();
    }
}
