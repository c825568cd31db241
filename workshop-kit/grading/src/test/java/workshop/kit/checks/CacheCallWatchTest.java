package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import momento.sdk.CacheClient;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configurations;
import momento.sdk.responses.cache.SetResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.ManualClock;
import workshop.kit.momento.Operation;

/** The watch sees calls start and answer, tells a call left running from an awaited one, and waits for both. */
class CacheCallWatchTest {
    private static final String CACHE = "watched";
    private static final Duration HELD = Duration.ofMillis(200);

    private static LocalMomentoServer server;
    private static CacheClient client;
    private final CacheCallWatch watch = CacheCallWatch.INSTANCE;

    @BeforeAll
    static void startServerAndWatchedClient() {
        server = LocalMomentoServer.start(new ManualClock());
        server.createCache(CACHE);
        client = CacheClient.create(
                new MomentoLocalProvider(server.host(), server.port()),
                Configurations.Laptop.latest()
                        .withTimeout(Duration.ofSeconds(2))
                        .withMiddleware(CacheCallWatch.INSTANCE),
                Duration.ofSeconds(60));
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void slowStores() {
        server.faults().clear();
        server.faults().delay(HELD, Operation.SET, Operation.DELETE);
        watch.forgetStarted();
    }

    @Test
    void anAwaitedCallHasItsAnswerWhenTheCallerGoesOn() {
        int before = watch.unanswered();
        assertThat(client.set(CACHE, "a", "1").join()).isInstanceOf(SetResponse.Success.class);
        assertThat(watch.unanswered()).isEqualTo(before);
        assertThat(watch.startedSince(0)).containsExactly("SET a");
    }

    @Test
    void aCallNobodyAwaitsIsCountedFromTheMomentItStartsUntilItsAnswer() {
        int before = watch.unanswered();
        client.set(CACHE, "b", "1");
        assertThat(watch.unanswered()).isEqualTo(before + 1);
        assertThat(watch.awaitDone(before, false, Duration.ofSeconds(5))).isTrue();
        assertThat(watch.unanswered()).isEqualTo(before);
        assertThat(server.peek(CACHE, "b")).contains("1");
    }

    @Test
    void aCallChainedOntoAnAnswerIsWaitedForToo() {
        int before = watch.unanswered();
        // Like a service that deletes the key when its set fails, without awaiting either.
        server.faults().fail(Operation.SET);
        client.set(CACHE, "c", "1").thenAccept(stored -> client.delete(CACHE, "c"));
        assertThat(watch.awaitDone(before, true, Duration.ofSeconds(5))).isTrue();
        assertThat(server.operations())
                .anyMatch(op -> op.operation() == Operation.DELETE && op.key().equals("c"));
        assertThat(watch.startedSince(0)).contains("SET c", "DELETE c");
    }

    @Test
    void aCallChainedOntoAnAnswerIsWaitedForHoweverLateItStarts() {
        int before = watch.unanswered();
        server.faults().fail(Operation.SET);
        // A loaded machine can keep the SDK's thread from running the chained code for longer than
        // the quiet window: here that thread computes for four windows before it starts the delete.
        client.set(CACHE, "d", "1").thenAccept(stored -> {
            computeFor(CacheCallWatch.QUIET.multipliedBy(4));
            client.delete(CACHE, "d");
        });
        assertThat(watch.awaitDone(before, true, Duration.ofSeconds(5))).isTrue();
        assertThat(watch.startedSince(0)).contains("SET d", "DELETE d");
    }

    /** Keeps the thread running (not sleeping, which would look like a thread back in its pool). */
    private static void computeFor(Duration duration) {
        long end = System.nanoTime() + duration.toNanos();
        while (System.nanoTime() < end) {
            Thread.onSpinWait();
        }
    }
}
