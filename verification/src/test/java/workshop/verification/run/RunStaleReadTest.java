package workshop.verification.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import workshop.kit.backends.LocalBackends;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.gateway.LocalRun;
import workshop.kit.momento.WallClock;
import workshop.verification.PristineSteps;

/**
 * Chapter 2's staleness demo, done as a learner does it: step 2's solution behind
 * {@code ./workshop run}'s gateway, on a cache that runs on the wall clock. A PATCH leaves the old
 * name cached; the inspector says STALE; moving the clock 61 s over HTTP (instead of waiting a
 * minute) lets the next GET read DynamoDB and show the new name.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class RunStaleReadTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
  private final HttpClient http = HttpClient.newHttpClient();
  private LocalBackends backends;
  private LocalRun run;

  @BeforeAll
  void serveStep2() {
    assumeTrue(System.getenv("MOMENTO_API_KEY") == null, "MOMENTO_API_KEY is set: this test needs the workshop's local Momento server");
    backends = LocalBackends.start(new WallClock()); // as ./workshop run starts them
    run = LocalRun.start(backends, "run-step2", "run-step2", PristineSteps.solutionHandlers("step-2"), 0, new PrintStream(new Tee(logged, System.out), true, StandardCharsets.UTF_8), true);
  }

  @AfterAll
  void stop() {
    if (run != null) {
      run.close();
    }
    if (backends != null) {
      backends.close();
    }
  }

  private HttpResponse<String> send(String method, String path, String actor, String body) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(run.baseUrl() + path))
        .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
        .header("content-type", "application/json");
    if (actor != null) {
      request.header("authorization", actor);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode entry(String key) throws Exception {
    JsonNode state = JSON.readTree(send("GET", "/_workshop/state", null, null).body());
    for (JsonNode entry : state.get("entries")) {
      if (entry.get("key").asText().equals(key)) {
        return entry;
      }
    }
    throw new AssertionError("The inspector shows no row for " + key + ": " + state);
  }

  /** The log lines printed since {@code from} characters of log. */
  private List<String> logSince(int from) {
    return logged.toString(StandardCharsets.UTF_8).substring(from).lines().toList();
  }

  @Test
  void aStaleReadEndsWhenTheClockIsMovedPastTheTtl() throws Exception {
    assertThat(send("POST", "/users", null, "{\"username\":\"oliviaowner\",\"firstName\":\"Olivia\",\"lastName\":\"Smith\"}").statusCode()).isEqualTo(201);
    int beforeFirstRead = logged.size();
    assertThat(send("GET", "/users/oliviaowner", null, null).body()).contains("\"lastName\":\"Smith\"");
    assertThat(logSince(beforeFirstRead)).containsSubsequence(
        "       cache     GET USER#oliviaowner miss",
        "       DynamoDB  GetItem USER#oliviaowner",
        "       cache     SET USER#oliviaowner ttl 60 s");

    int beforePatch = logged.size();
    assertThat(send("PATCH", "/users/oliviaowner", "oliviaowner", "{\"lastName\":\"Jones\"}").body()).contains("\"lastName\":\"Jones\"");
    assertThat(logSince(beforePatch)).contains("       DynamoDB  UpdateItem USER#oliviaowner")
        .noneMatch(line -> line.contains("cache     SET"));

    int beforeStaleRead = logged.size();
    assertThat(send("GET", "/users/oliviaowner", null, null).body()).as("the stale read").contains("\"lastName\":\"Smith\"");
    assertThat(logSince(beforeStaleRead).get(1)).matches("       cache     GET USER#oliviaowner hit \\(expires in (59|60) s\\)");

    JsonNode stale = entry("USER#oliviaowner");
    assertThat(stale.get("stale").asBoolean()).as("the inspector: %s", stale).isTrue();
    assertThat(stale.get("cached").asText()).contains("Smith");
    assertThat(stale.get("table").asText()).contains("Jones");

    HttpResponse<String> moved = send("POST", "/_workshop/clock?advance=61", null, null);
    assertThat(moved.statusCode()).isEqualTo(200);
    assertThat(logged.toString(StandardCharsets.UTF_8)).contains("Cache clock moved 61 s forward (POST /_workshop/clock)");

    int beforeFreshRead = logged.size();
    assertThat(send("GET", "/users/oliviaowner", null, null).body()).as("the read after the TTL").contains("\"lastName\":\"Jones\"");
    assertThat(logSince(beforeFreshRead)).containsSubsequence(
        "       cache     GET USER#oliviaowner miss",
        "       DynamoDB  GetItem USER#oliviaowner",
        "       cache     SET USER#oliviaowner ttl 60 s");
    assertThat(entry("USER#oliviaowner").get("stale").asBoolean()).isFalse();
  }

  @Test
  void theInspectorsTableReadsAreNotTheLearnersDynamoDbCalls() throws Exception {
    assertThat(send("POST", "/users", null, "{\"username\":\"counted\",\"firstName\":\"C\",\"lastName\":\"D\"}").statusCode()).isEqualTo(201);
    DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
    for (int i = 0; i < 3; i++) {
      assertThat(entry("USER#counted").get("table").asText()).contains("counted");
    }
    assertThat(DynamoDbCalls.snapshot().minus(before).total()).isZero();
  }
}
