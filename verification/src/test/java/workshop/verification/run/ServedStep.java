package workshop.verification.run;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import workshop.kit.backends.LocalBackends;
import workshop.kit.gateway.LocalRun;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.WallClock;
import workshop.verification.PristineSteps;

/**
 * A step's reference solution served as {@code ./workshop run} serves it: on backends whose cache
 * runs on the wall clock, behind the local gateway, with the request log shown in the test's output
 * and kept to be read back.
 */
final class ServedStep implements AutoCloseable {
    private final ByteArrayOutputStream logged = new ByteArrayOutputStream();
    private final HttpClient http = HttpClient.newHttpClient();
    private final LocalBackends backends;
    private final LocalRun run;

    /**
     * @param callsUnderRequests whether the log shows each request's cache and DynamoDB calls (not {@code --brief})
     */
    ServedStep(String step, String table, String cache, boolean callsUnderRequests) {
        backends = LocalBackends.start(new WallClock());
        try {
            PrintStream log = new PrintStream(new Tee(logged, System.out), true, StandardCharsets.UTF_8);
            run = LocalRun.start(
                    backends, table, cache, PristineSteps.solutionHandlers(step), 0, log, callsUnderRequests);
        } catch (RuntimeException e) {
            backends.close();
            throw e;
        }
    }

    String baseUrl() {
        return run.baseUrl();
    }

    LocalMomentoServer momento() {
        return backends.localMomento().orElseThrow();
    }

    /** A request to the served API; {@code actor} (the Authorization header) and {@code body} may be null. */
    HttpResponse<String> send(String method, String path, String actor, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(run.baseUrl() + path))
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body))
                .header("content-type", "application/json");
        if (actor != null) {
            request.header("authorization", actor);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A request with exactly the given headers (none added), to {@code url}; {@code body} may be empty. */
    HttpResponse<String> send(String method, URI url, Map<String, String> headers, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .method(
                        method,
                        body.isEmpty()
                                ? HttpRequest.BodyPublishers.noBody()
                                : HttpRequest.BodyPublishers.ofString(body));
        headers.forEach(request::header);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A position in the log, for {@link #logSince}. */
    int logPosition() {
        return logged.size();
    }

    /** The log lines printed since {@code position}. */
    List<String> logSince(int position) {
        return log().substring(position).lines().toList();
    }

    String log() {
        return logged.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        run.close();
        backends.close();
    }
}
