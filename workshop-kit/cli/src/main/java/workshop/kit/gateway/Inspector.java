package workshop.kit.gateway;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import software.amazon.awssdk.core.exception.SdkException;
import workshop.kit.momento.LocalMomentoServer;

/**
 * The tools' corner of the gateway, everything under {@code /_workshop}: the inspector page (the
 * cache beside the table, the last requests, a button to move the clock), its data as JSON, and the
 * clock. None of it ever reaches the Lambda handler.
 *
 * <pre>
 * GET  /_workshop/                   the page (plain HTML, CSS and JS from the kit's resources)
 * GET  /_workshop/state              {@link InspectorState} as JSON
 * POST /_workshop/clock?advance=60   moves the cache clock 60 s forward
 * </pre>
 *
 * Anything else under {@code /_workshop} is a 404.
 */
final class Inspector {
    static final String PREFIX = "/_workshop";
    private static final String RESOURCES = "/workshop/kit/inspector/";
    private static final Map<String, String> PAGES = Map.of(
            PREFIX + "/", "index.html",
            PREFIX + "/inspector.js", "inspector.js",
            PREFIX + "/inspector.css", "inspector.css");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "index.html", "text/html; charset=utf-8",
            "inspector.js", "text/javascript; charset=utf-8",
            "inspector.css", "text/css; charset=utf-8");
    /** The page runs only its own script and talks only to this gateway, whatever a cached value holds. */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; connect-src 'self'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final WatchedBackends watched;
    private final ClockControl clock;
    private final RecentRequests requests;

    Inspector(WatchedBackends watched, ClockControl clock, RecentRequests requests) {
        this.watched = watched;
        this.clock = clock;
        this.requests = requests;
    }

    /** True for {@code /_workshop} and everything under it: paths the handler never sees. */
    static boolean owns(String path) {
        return path.equals(PREFIX) || path.startsWith(PREFIX + "/");
    }

    void serve(HttpExchange exchange, String path) throws IOException {
        String method = exchange.getRequestMethod();
        if (path.equals(PREFIX)) {
            exchange.getResponseHeaders().set("location", PREFIX + "/");
            LocalGateway.respond(exchange, 302, Map.of(), new byte[0]);
        } else if (PAGES.containsKey(path)) {
            if (allowed(exchange, method, "GET")) {
                page(exchange, PAGES.get(path));
            }
        } else if (path.equals(PREFIX + "/state")) {
            if (allowed(exchange, method, "GET")) {
                json(exchange, 200, state());
            }
        } else if (path.equals(PREFIX + "/clock")) {
            if (allowed(exchange, method, "POST")) {
                moveClock(exchange);
            }
        } else {
            error(
                    exchange,
                    404,
                    "There is nothing at " + path + ". The inspector is at " + PREFIX + "/, its data at " + PREFIX
                            + "/state, and the clock moves with POST " + PREFIX + "/clock?advance=60.");
        }
    }

    /** The page and its data, as they are now. */
    InspectorState state() {
        List<String> problems = new ArrayList<>();
        Map<String, EntityRows.Cached> cache =
                watched.localMomento().map(this::cacheEntries).orElse(Map.of());
        Map<String, String> table = Map.of();
        if (watched.table().isPresent()) {
            try {
                table = watched.table().get().entitiesByCacheKey();
            } catch (SdkException e) {
                problems.add("Cannot read the table " + watched.table().get().tableName() + ": " + e.getMessage());
            }
        }
        return new InspectorState(
                watched.cacheName(),
                watched.table().map(TableView::tableName).orElse(null),
                watched.localMomento().isPresent(),
                clock.canMove(),
                new BigDecimal(Seconds.plain(clock.skew())),
                EntityRows.join(cache, table),
                requests.newestFirst(),
                problems);
    }

    private Map<String, EntityRows.Cached> cacheEntries(LocalMomentoServer server) {
        Map<String, EntityRows.Cached> entries = new HashMap<>();
        for (String key : server.keys(watched.cacheName())) {
            // An entry may expire between these reads; then it is simply not shown.
            Optional<String> value = server.peek(watched.cacheName(), key);
            Optional<Duration> left = server.remainingTtl(watched.cacheName(), key);
            if (value.isPresent() && left.isPresent()) {
                entries.put(key, new EntityRows.Cached(value.get(), left.get()));
            }
        }
        return entries;
    }

    private void moveClock(HttpExchange exchange) throws IOException {
        Duration by;
        try {
            by = ClockControl.parseSeconds(
                    singleParameter(exchange.getRequestURI().getRawQuery(), "advance"));
        } catch (IllegalArgumentException e) {
            error(exchange, 400, e.getMessage() + " Example: POST " + PREFIX + "/clock?advance=60");
            return;
        }
        if (!clock.canMove()) {
            error(
                    exchange,
                    409,
                    "The cache clock can only be moved on the workshop's local Momento server; "
                            + "with MOMENTO_API_KEY set, entries expire on Momento's own time.");
            return;
        }
        Duration skew = clock.advance(by, "POST " + PREFIX + "/clock");
        Map<String, Object> answer = new LinkedHashMap<>();
        answer.put("advancedSeconds", new BigDecimal(Seconds.plain(by)));
        answer.put("clockSkewSeconds", new BigDecimal(Seconds.plain(skew)));
        json(exchange, 200, answer);
    }

    /** The one value of {@code name} in the query; a clear complaint when it is missing, repeated or garbled. */
    static String singleParameter(String rawQuery, String name) {
        List<String> values = new ArrayList<>();
        if (rawQuery != null) {
            for (String pair : rawQuery.split("&")) {
                int equals = pair.indexOf('=');
                String key = equals < 0 ? pair : pair.substring(0, equals);
                String value = equals < 0 ? "" : pair.substring(equals + 1);
                try {
                    if (URLDecoder.decode(key, StandardCharsets.UTF_8).equals(name)) {
                        values.add(URLDecoder.decode(value, StandardCharsets.UTF_8));
                    }
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            "The query string is not valid URL encoding (" + e.getMessage() + ").");
                }
            }
        }
        if (values.isEmpty()) {
            throw new IllegalArgumentException(
                    "Say how many seconds to move the cache clock forward with " + name + "=N.");
        }
        if (values.size() > 1) {
            throw new IllegalArgumentException("Give " + name + " once, not " + values.size() + " times.");
        }
        return values.get(0);
    }

    private static boolean allowed(HttpExchange exchange, String method, String expected) throws IOException {
        if (method.equals(expected)) {
            return true;
        }
        exchange.getResponseHeaders().set("allow", expected);
        error(exchange, 405, exchange.getRequestURI().getPath() + " takes " + expected + ", not " + method + ".");
        return false;
    }

    private static void page(HttpExchange exchange, String name) throws IOException {
        byte[] body;
        try (InputStream in = Inspector.class.getResourceAsStream(RESOURCES + name)) {
            if (in == null) {
                throw new UncheckedIOException(new IOException("The kit's jar has no " + RESOURCES + name));
            }
            body = in.readAllBytes();
        }
        LocalGateway.respond(
                exchange,
                200,
                Map.of(
                        "content-type",
                        CONTENT_TYPES.get(name),
                        "content-security-policy",
                        CONTENT_SECURITY_POLICY,
                        "x-content-type-options",
                        "nosniff",
                        "cache-control",
                        "no-store"),
                body);
    }

    private static void json(HttpExchange exchange, int status, Object value) throws IOException {
        byte[] body;
        try {
            body = JSON.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write the inspector's JSON", e);
        }
        LocalGateway.respond(
                exchange,
                status,
                Map.of(
                        "content-type", "application/json",
                        "x-content-type-options", "nosniff",
                        "cache-control", "no-store"),
                body);
    }

    private static void error(HttpExchange exchange, int status, String message) throws IOException {
        json(exchange, status, Map.of("error", message));
    }
}
