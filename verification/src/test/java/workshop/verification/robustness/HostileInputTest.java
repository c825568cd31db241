package workshop.verification.robustness;

import static org.assertj.core.api.Assertions.assertThat;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.ShrinkingMode;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.accounts.cache.CacheValues;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.data.TableKeys;
import workshop.kit.checks.AccountApi;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.lambda.HttpApiEvents;
import workshop.kit.momento.Operation;
import workshop.verification.PristineSteps;

/**
 * Hostile input through step 3's handler on real (local) backends: arbitrary methods, paths,
 * headers and bodies. Every answer is a 4xx or a correct 2xx, never 5xx; a 4xx changes neither
 * the table nor the cache (beyond fresh read-aside entries); no name reaches another entity's key.
 */
class HostileInputTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String NAME = "[a-z0-9][a-z0-9._-]{0,63}";
    private static final Pattern ITEM_KEY = Pattern.compile(
            "USER#(" + NAME + ")\\|USER#\\1|ORG#(" + NAME + ")\\|ORG#\\2|ORGMEMBERS#" + NAME + "\\|MEMBER#" + NAME);
    private static final Pattern CACHE_KEY =
            Pattern.compile("USER#" + NAME + "|ORG#" + NAME + "|MEMBER#" + NAME + "#" + NAME);
    /**
     * jqwik says at INFO, through java.util.logging, that these properties have more edge cases than
     * tries: true, intended, and noise in every build's output. Warnings still show. (Held here, as
     * loggers are weakly kept.)
     */
    private static final java.util.logging.Logger JQWIK_LOG = quietAtInfo("net.jqwik");

    private static RobustnessBench bench;
    private static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler;
    private static Map<String, Map<String, AttributeValue>> table;
    private static final AtomicInteger tries = new AtomicInteger();
    private static final Map<Integer, AtomicInteger> byStatus = new java.util.TreeMap<>();
    private static int scans;
    private static int audited;

    private static java.util.logging.Logger quietAtInfo(String name) {
        java.util.logging.Logger logger = java.util.logging.Logger.getLogger(name);
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    @BeforeContainer
    static void world() {
        bench = new RobustnessBench(
                PristineSteps.solutionHandlers("step-3"), "robustness-step3-hostile", Duration.ofMillis(500));
        org.junit.jupiter.api.Assumptions.assumeTrue(bench.hasLocalMomento(), "needs the local Momento server");
        bench.reset();
        handler = bench.newHandler();
        AccountApi api = new AccountApi(handler);
        assertThat(api.createUser("alice", "Alice", "A").status()).isEqualTo(201);
        assertThat(api.createUser("bob", "Bob", "B").status()).isEqualTo(201);
        assertThat(api.createOrganization("alice", "Acme").status()).isEqualTo(201);
        assertThat(api.addMember("alice", "acme", "bob", "Member").status()).isEqualTo(201);
        table = bench.scanTable();
    }

    @AfterContainer
    static void figures() {
        if (bench == null) return;
        Figures.of("step3.hostile-input")
                .put("inputs_generated", tries.get())
                .put("by_status", byStatus)
                .put(
                        "5xx",
                        byStatus.entrySet().stream()
                                .filter(e -> e.getKey() >= 500)
                                .mapToInt(e -> e.getValue().get())
                                .sum())
                .put("table_scans", scans)
                .put("cache_entries_audited", audited)
                .put("table_items_at_end", table.size())
                .put("cache_entries_at_end", bench.cacheContents().size())
                .print();
        bench.close();
    }

    @Property(tries = 450, seed = "20240303", shrinking = ShrinkingMode.BOUNDED)
    void anyRequestIsA4xxOrACorrect2xx(
            @ForAll("methods") String method,
            @ForAll("paths") String path,
            @ForAll("headers") Map<String, String> headers,
            @ForAll("bodies") String body,
            @ForAll boolean base64) {
        check(method, path, headers, body, base64);
    }

    /** Valid-looking writes whose names carry key delimiters and other tricks. */
    @Property(tries = 200, seed = "20240304", shrinking = ShrinkingMode.BOUNDED)
    void namesNeverReachAnotherEntitysKey(
            @ForAll("trickyName") String name,
            @ForAll("trickyName") String other,
            @ForAll("writeShapes") int shape,
            @ForAll("headers") Map<String, String> headers) {
        String body;
        String method;
        String path;
        switch (shape) {
            case 0 -> {
                method = "POST";
                path = "/users";
                body = AccountApi.body("username", name, "firstName", other, "lastName", "x");
            }
            case 1 -> {
                method = "POST";
                path = "/organizations";
                body = AccountApi.body("organizationName", name);
            }
            case 2 -> {
                method = "POST";
                path = "/organizations/acme/members";
                body = AccountApi.body("username", name, "role", "Admin");
            }
            case 3 -> {
                method = "PATCH";
                path = "/organizations/acme/members/" + name;
                body = AccountApi.body("role", "Owner");
            }
            case 4 -> {
                method = "DELETE";
                path = "/organizations/" + name + "/members/" + other;
                body = null;
            }
            case 5 -> {
                method = "PATCH";
                path = "/users/" + name;
                body = AccountApi.body("firstName", other);
            }
            default -> {
                method = "GET";
                path = "/organizations/" + name + "/members/" + other;
                body = null;
            }
        }
        Map<String, String> withActor = new LinkedHashMap<>(headers);
        if (shape % 2 == 0) withActor.put("authorization", "alice");
        check(method, path, withActor, body, false);
    }

    private void check(String method, String path, Map<String, String> headers, String body, boolean base64) {
        tries.incrementAndGet();
        Map<String, String> cacheBefore = bench.cacheContents();
        bench.momento().clearOperations();
        DynamoDbCalls.Snapshot before = DynamoDbCalls.snapshot();
        APIGatewayV2HTTPEvent event = HttpApiEvents.event(method, path, headers, body);
        event.setIsBase64Encoded(base64);
        APIGatewayV2HTTPResponse response = handler.handleRequest(event, null);
        int status = response.getStatusCode();
        synchronized (byStatus) {
            byStatus.computeIfAbsent(status, s -> new AtomicInteger()).incrementAndGet();
        }
        String shown = method + " " + abbreviate(path) + " " + headers.keySet() + " body=" + abbreviate(body) + " -> "
                + status + " " + abbreviate(response.getBody());
        assertThat(status).as("no 5xx: %s", shown).isBetween(200, 499);
        assertThat(response.getBody() == null || !response.getBody().contains("Exception"))
                .as("no exception in body: %s", shown)
                .isTrue();
        boolean wrote = DynamoDbCalls.snapshot().minus(before).writes() > 0;
        if (status >= 400) {
            if (wrote) {
                scans++;
                assertThat(bench.scanTable())
                        .as("a %s left the table as it was: %s", status, shown)
                        .isEqualTo(table);
            }
            assertThat(bench.momento().operations())
                    .as("a %s made no write-path cache call: %s", status, shown)
                    .noneMatch(op -> op.operation() == Operation.SET || op.operation() == Operation.DELETE);
            cacheBefore.forEach((key, value) -> assertThat(bench.cacheContents().get(key))
                    .as("a %s left %s as it was: %s", status, key, shown)
                    .isEqualTo(value));
        } else {
            scans++;
            table = bench.scanTable();
            assertThat(table.keySet())
                    .as("every item key well formed after %s", shown)
                    .allMatch(k -> ITEM_KEY.matcher(k).matches());
            if (response.getBody() != null && !response.getBody().isEmpty()) {
                assertThat(matchesDynamoDb(response.getBody()))
                        .as("the 2xx body is DynamoDB's state: %s", shown)
                        .isTrue();
            }
        }
        Map<String, String> cacheAfter = bench.cacheContents();
        List<String> changed = cacheAfter.keySet().stream()
                .filter(k -> !cacheAfter.get(k).equals(cacheBefore.get(k)))
                .toList();
        var audit =
                status >= 400 ? bench.auditor().audit(changed) : bench.auditor().audit();
        audited += audit.entries();
        assertThat(audit.clean())
                .as("cache equals DynamoDB after %s: %s", shown, audit)
                .isTrue();
        assertThat(bench.cacheContents().keySet())
                .as("every cache key well formed after %s", shown)
                .allMatch(k -> CACHE_KEY.matcher(k).matches());
    }

    /** A 2xx body is one entity; DynamoDB must hold exactly it. */
    private static boolean matchesDynamoDb(String body) {
        try {
            JsonNode node = JSON.readTree(body);
            Optional<?> truth;
            if (node.has("role")) {
                truth = bench.table()
                        .findItem(TableKeys.membership(
                                node.get("organization").asText(),
                                node.get("username").asText()))
                        .map(ItemMapper::toMembership);
            } else if (node.has("slug")) {
                truth = bench.table().getOrganization(node.get("slug").asText());
            } else {
                truth = bench.table().getUser(node.get("username").asText());
            }
            return truth.isPresent() && JSON.readTree(CacheValues.encode(truth)).equals(node);
        } catch (Exception e) {
            return false;
        }
    }

    @Provide
    Arbitrary<String> methods() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of("GET", "POST", "PATCH", "DELETE")),
                net.jqwik.api.Tuple.of(
                        2, Arbitraries.of("PUT", "HEAD", "OPTIONS", "get", "patch", "TRACE", "CONNECT", "", " ")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(12)));
    }

    @Provide
    Arbitrary<String> segments() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of("alice", "bob", "acme", "carol", "newco")),
                net.jqwik.api.Tuple.of(5, Arbitraries.of(trickyNames())),
                net.jqwik.api.Tuple.of(2, Arbitraries.strings().ofMaxLength(30)),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.strings().withCharRange('a', 'z').ofLength(41)));
    }

    @Provide
    Arbitrary<String> trickyName() {
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, Arbitraries.of(trickyNames())),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.strings()
                                .withChars("abc#%/ .-_AZ09\u00e9\u0000\n")
                                .ofMinLength(1)
                                .ofMaxLength(20)),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(70)));
    }

    @Provide
    Arbitrary<Integer> writeShapes() {
        return Arbitraries.integers().between(0, 6);
    }

    private static List<String> trickyNames() {
        return List.of(
                "alice#ORG#x",
                "alice#ORG#acme",
                "ORG#acme",
                "acme#MEMBER#alice",
                "MEMBER#bob",
                "bob#",
                "#",
                "alice%23ORG%23acme",
                "%23",
                "%",
                "%zz",
                "%00",
                "..",
                ".",
                "ALICE",
                "Alice",
                " alice",
                "alice ",
                "alice\n",
                "al ice",
                "alice\u0000",
                "\u0000",
                "alice\t",
                "al\u200bice",
                "\u00e9lise",
                "\u7528\u6237",
                "\ud800",
                "\ud83d\ude00",
                "a/b",
                "a%2Fb",
                "a+b",
                "acme#",
                "Acme#Corp",
                "Acme Corp",
                "ACME",
                "a".repeat(41),
                "a".repeat(64),
                "a".repeat(65),
                "-alice",
                "_x",
                "null",
                "undefined",
                "{}",
                "[]",
                "\"alice\"",
                "' OR 1=1 --",
                "${jndi:ldap://x}",
                "USER#alice");
    }

    @Provide
    Arbitrary<String> paths() {
        Arbitrary<String> s = segments();
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "/users",
                                "/organizations",
                                "",
                                "/",
                                "//users//alice",
                                "/users/alice/extra",
                                "/organizations/acme/members/bob/extra",
                                "/users/",
                                "/organizations/acme/members/")),
                net.jqwik.api.Tuple.of(3, s.map(x -> "/users/" + x)),
                net.jqwik.api.Tuple.of(2, s.map(x -> "/organizations/" + x)),
                net.jqwik.api.Tuple.of(2, s.map(x -> "/organizations/" + x + "/members")),
                net.jqwik.api.Tuple.of(
                        3, Combinators.combine(s, s).as((a, b) -> "/organizations/" + a + "/members/" + b)),
                net.jqwik.api.Tuple.of(1, s.list().ofMaxSize(6).map(list -> "/" + String.join("/", list))));
    }

    @Provide
    Arbitrary<Map<String, String>> headers() {
        Arbitrary<String> actor = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(3, Arbitraries.of("alice", "bob", "carol")),
                net.jqwik.api.Tuple.of(3, Arbitraries.of(trickyNames())),
                net.jqwik.api.Tuple.of(
                        1, Arbitraries.of("", " ", "Bearer alice", "alice,bob", "alice, alice", "a".repeat(5000))));
        Arbitrary<String> authName =
                Arbitraries.of("authorization", "Authorization", "AUTHORIZATION", "x-authorization", "authorisation");
        Arbitrary<Map<String, String>> withActor = Combinators.combine(authName, actor)
                .as((n, a) -> {
                    Map<String, String> h = new LinkedHashMap<>();
                    h.put("content-type", "application/json");
                    h.put(n, a);
                    return h;
                });
        Arbitrary<Map<String, String>> without = Arbitraries.of(
                Map.of(),
                Map.of("content-type", "text/plain"),
                Map.of("x-forwarded-for", "1.2.3.4", "x-user", "alice"));
        return Arbitraries.oneOf(withActor, without);
    }

    @Provide
    Arbitrary<String> bodies() {
        Arbitrary<String> value = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(4, Arbitraries.of(trickyNames()).map(HostileInputTest::jsonString)),
                net.jqwik.api.Tuple.of(
                        3,
                        Arbitraries.of(
                                "\"alice\"",
                                "\"bob\"",
                                "\"Owner\"",
                                "\"Admin\"",
                                "\"Member\"",
                                "\"owner\"",
                                "\"New Org\"",
                                "\"Ann\"")),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "null",
                                "1",
                                "-1.5e309",
                                "true",
                                "[]",
                                "{}",
                                "[\"alice\"]",
                                "{\"$ne\":null}",
                                "\"\"",
                                "\"" + "x".repeat(200) + "\"")),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(40).map(HostileInputTest::jsonString)));
        Arbitrary<String> field = Arbitraries.of(
                "username", "firstName", "lastName", "role", "organizationName", "extra", "", "__proto__", "USERNAME");
        Arbitrary<String> object = Combinators.combine(field, value)
                .as((f, v) -> jsonString(f) + ":" + v)
                .list()
                .ofMaxSize(4)
                .map(fields -> "{" + String.join(",", fields) + "}");
        return Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(6, object),
                net.jqwik.api.Tuple.of(
                        2,
                        Arbitraries.of(
                                "",
                                "{",
                                "}",
                                "[]",
                                "null",
                                "123",
                                "\"str\"",
                                "{\"username\":}",
                                "{'username':'alice'}",
                                "{\"username\":\"a\",\"username\":\"b\"}",
                                "\u0000",
                                "{\"firstName\":\"A\u0000B\"}",
                                "\ufeff{}",
                                "{\"firstName\":\"\\ud800\"}")),
                net.jqwik.api.Tuple.of(
                        1,
                        Arbitraries.of(
                                "[".repeat(5000) + "]".repeat(5000),
                                "{\"a\":".repeat(3000) + "1" + "}".repeat(3000),
                                "{\"firstName\":\"" + "x".repeat(17 * 1024) + "\"}",
                                "{\"firstName\":\"" + "\u00e9".repeat(9000) + "\"}",
                                "x".repeat(300_000))),
                net.jqwik.api.Tuple.of(1, Arbitraries.strings().ofMaxLength(60)),
                net.jqwik.api.Tuple.of(1, Arbitraries.just(null)));
    }

    private static String jsonString(String text) {
        try {
            return JSON.writeValueAsString(text);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String abbreviate(String text) {
        if (text == null) return "null";
        return text.length() > 100 ? text.substring(0, 100) + "...(" + text.length() + ")" : text;
    }
}
