package workshop.verification.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import workshop.kit.cli.WorkshopCli;
import workshop.kit.cli.Workspace;
import workshop.kit.code.PristineStarters;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;
import workshop.verification.robustness.Figures;

/**
 * Every step's {@code requests.http} (the chapters' demos for IntelliJ's HTTP Client and VS Code's
 * REST Client, the way to run them on any OS) is sent, request by request and in order, to that
 * step's reference solution served as {@code ./workshop run --solution} serves it; each request must
 * answer the status its {@code # expect} comment promises. So the files never drift from the
 * service. The file's host must be where {@code ./workshop run} serves by default.
 */
class RequestFilesTest {
    @TestFactory
    Stream<DynamicTest> everyRequestAnswersTheStatusItsCommentPromises() {
        assumeTrue(
                System.getenv("MOMENTO_API_KEY") == null,
                "MOMENTO_API_KEY is set: this test needs the workshop's local Momento server");
        return PristineSteps.steps().all().stream()
                .map(step -> DynamicTest.dynamicTest(step.name(), () -> sendAll(step)));
    }

    private static void sendAll(Step step) throws Exception {
        // As shipped, never the learner's working copy of their step.
        Path file = Path.of(step.module(), "requests.http");
        byte[] shipped = PristineStarters.of(PristineSteps.ROOT)
                .content(file)
                .orElseThrow(() -> new AssertionError(
                        "the demos of " + step.name() + " for an IDE's HTTP client: no recorded " + file));
        RequestFile requests = RequestFile.parse(new String(shipped, java.nio.charset.StandardCharsets.UTF_8));
        assertThat(requests.requests()).as("requests in %s", file).isNotEmpty();
        assertThat(requests.variables())
                .as("%s sends to where ./workshop run serves by default", file)
                .containsEntry("host", "http://127.0.0.1:" + defaultRunPort());
        assertThat(requests.requests())
                .as("requests of %s without a status in a # expect comment", file)
                .filteredOn(request -> request.expectedStatus() == 0)
                .isEmpty();

        List<String> broken = new ArrayList<>();
        try (ServedStep served =
                new ServedStep(step.name(), "requests-" + step.name(), "requests-" + step.name(), false)) {
            Map<String, String> variables = new HashMap<>(requests.variables());
            variables.put("host", served.baseUrl());
            for (RequestFile.Request written : requests.requests()) {
                RequestFile.Request request = written.resolved(variables);
                HttpResponse<String> response =
                        served.send(request.method(), URI.create(request.url()), request.headers(), request.body());
                if (response.statusCode() != request.expectedStatus()) {
                    broken.add(step.module() + "/requests.http:" + request.line() + " (### " + request.title() + "): "
                            + request.method() + " " + written.url() + " answered " + response.statusCode() + " "
                            + response.body() + "; its comment promises " + request.expectedStatus());
                }
            }
        }
        Figures.of("run.requests_http")
                .put("step", step.name())
                .put("requests", requests.requests().size())
                .put("broken", broken.size())
                .print();
        assertThat(broken)
                .withFailMessage(
                        "Requests that do not answer what their # expect comment promises:%n%s",
                        String.join("\n", broken))
                .isEmpty();
    }

    private static String defaultRunPort() {
        return WorkshopCli.commandLine(new Workspace(PristineSteps.ROOT, PristineSteps.steps()))
                .getSubcommands()
                .get("run")
                .getCommandSpec()
                .findOption("--port")
                .defaultValue();
    }
}
