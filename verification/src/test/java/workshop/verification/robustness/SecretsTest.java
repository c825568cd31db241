package workshop.verification.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.kit.checks.AccountApi;
import workshop.kit.checks.ApiResponse;
import workshop.verification.PristineSteps;

/**
 * The Momento API key never shows: not in Settings' toString, not in the messages of exceptions
 * thrown while building clients or handlers, not in logs (slf4j-simple writes to System.err,
 * captured here), not in error bodies.
 */
class SecretsTest {
    private static final String KEY = "fake-key-DO-NOT-LOG-1234";

    @Test
    void theApiKeyNeverAppears() {
        List<String> places = new ArrayList<>();
        List<String> leaks = new ArrayList<>();
        String output;
        try (OutputCapture capture = new OutputCapture();
                RobustnessBench bench = new RobustnessBench(
                        PristineSteps.solutionHandlers("step-3"), "robustness-step3-secrets", Duration.ofMillis(300))) {
            bench.reset();
            Map<String, String> env = new HashMap<>();
            env.put(Settings.MOMENTO_API_KEY, KEY);
            env.put(
                    Settings.DYNAMODB_ENDPOINT,
                    bench.settings().dynamoDbEndpoint().orElseThrow().toString());
            env.put(Settings.CACHE_TIMEOUT_MILLIS, "300");
            Settings plain = Settings.from(env);
            inspect("Settings.toString (raw key)", plain.toString(), places, leaks);
            inspect("MomentoAccess.toString", plain.momento().toString(), places, leaks);
            inspect("Clients.momento (raw key)", thrown(() -> Clients.momento(plain)), places, leaks);
            inspect(
                    "new Handler (raw key)",
                    thrown(() -> PristineSteps.solutionHandlers("step-3").apply(plain)),
                    places,
                    leaks);

            // A key shaped like a v1 Momento key (base64 JSON) that names an endpoint nothing answers on.
            String v1 = Base64.getEncoder()
                    .encodeToString(("{\"endpoint\":\"localhost.invalid\",\"api_key\":\"" + KEY + "\"}")
                            .getBytes(StandardCharsets.UTF_8));
            env.put(Settings.MOMENTO_API_KEY, v1);
            Settings shaped = Settings.from(env);
            inspect("Settings.toString (v1-shaped key)", shaped.toString(), places, leaks);
            String v1Leak = v1; // the encoded form must not appear either
            RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler = null;
            try {
                handler = PristineSteps.solutionHandlers("step-3").apply(shaped);
            } catch (RuntimeException e) {
                inspect("new Handler (v1-shaped key)", chain(e), places, leaks);
            }
            if (handler != null) {
                AccountApi api = new AccountApi(handler);
                for (ApiResponse r : List.of(
                        api.createUser("sam", "Sam", "S"),
                        api.getUser("sam"),
                        api.getUser("nobody"),
                        api.send("GET", "/users/%zz", null, null))) {
                    inspect("response " + r.request(), r.status() + " " + r.body(), places, leaks);
                    if (r.body() != null && r.body().contains(v1Leak)) leaks.add("encoded key in " + r.request());
                }
            }
            output = capture.text();
        }
        inspect("captured stdout/stderr (" + output.length() + " chars)", output, places, leaks);
        Figures.of("step3.secrets")
                .put("places_inspected", places.size())
                .put("key_leaks", leaks.size())
                .put("output_chars_captured", output.length())
                .print();
        assertThat(leaks).isEmpty();
    }

    private static void inspect(String place, String text, List<String> places, List<String> leaks) {
        places.add(place);
        if (text != null && text.contains(KEY)) leaks.add(place + ": " + text);
    }

    private static String thrown(Runnable action) {
        try {
            action.run();
            return "";
        } catch (RuntimeException e) {
            return chain(e);
        }
    }

    /** Every message and toString in the cause chain, stack traces included. */
    private static String chain(Throwable e) {
        java.io.StringWriter all = new java.io.StringWriter();
        e.printStackTrace(new java.io.PrintWriter(all));
        return all.toString();
    }
}
