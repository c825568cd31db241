package workshop.kit.momento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import momento.sdk.CacheClient;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configurations;
import momento.sdk.responses.cache.GetResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The local server on a {@link WallClock}, as {@code ./workshop run} starts it: entries expire as
 * real time passes, and moving the clock forward expires them early. Driven by the real SDK.
 */
class WallClockExpiryTest {
    private static final String CACHE = "accounts";

    private LocalMomentoServer server;
    private CacheClient client;

    private void start(CacheClock clock) {
        server = LocalMomentoServer.start(clock);
        server.createCache(CACHE);
        client = CacheClient.create(
                new MomentoLocalProvider(server.host(), server.port()),
                Configurations.Laptop.latest().withTimeout(Duration.ofSeconds(2)),
                Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void anEntryLivesAsLongAsItsTtlOnATickingClock() {
        AtomicLong ticks = new AtomicLong();
        start(new WallClock(ticks::get, Instant.parse("2030-01-01T00:00:00Z")));
        client.set(CACHE, "USER#alice", "Alice", Duration.ofSeconds(60)).join();

        ticks.addAndGet(Duration.ofSeconds(59).toNanos());
        assertThat(client.get(CACHE, "USER#alice").join()).isInstanceOf(GetResponse.Hit.class);
        assertThat(server.remainingTtl(CACHE, "USER#alice")).contains(Duration.ofSeconds(1));

        ticks.addAndGet(Duration.ofSeconds(2).toNanos());
        assertThat(client.get(CACHE, "USER#alice").join()).isInstanceOf(GetResponse.Miss.class);
    }

    @Test
    void movingTheClockExpiresAnEntryWithoutWaiting() {
        AtomicLong ticks = new AtomicLong();
        WallClock clock = new WallClock(ticks::get, Instant.parse("2030-01-01T00:00:00Z"));
        start(clock);
        client.set(CACHE, "USER#alice", "Alice", Duration.ofSeconds(60)).join();
        ticks.addAndGet(Duration.ofSeconds(10).toNanos());

        clock.advance(Duration.ofSeconds(49));
        assertThat(client.get(CACHE, "USER#alice").join()).isInstanceOf(GetResponse.Hit.class);
        clock.advance(Duration.ofSeconds(2));
        assertThat(client.get(CACHE, "USER#alice").join()).isInstanceOf(GetResponse.Miss.class);
    }

    @Test
    void aGetHitLogsTheTimeTheEntryHadLeft() {
        AtomicLong ticks = new AtomicLong();
        start(new WallClock(ticks::get, Instant.parse("2030-01-01T00:00:00Z")));
        client.set(CACHE, "USER#alice", "Alice", Duration.ofSeconds(60)).join();
        ticks.addAndGet(Duration.ofSeconds(18).toNanos());

        client.get(CACHE, "USER#alice").join();

        CacheOperation get = server.operations().get(server.operations().size() - 1);
        assertThat(get.operation()).isEqualTo(Operation.GET);
        assertThat(get.outcome()).isEqualTo(Outcome.HIT);
        assertThat(get.ttl()).contains(Duration.ofSeconds(42));
        assertThat(get.at()).isEqualTo(Instant.parse("2030-01-01T00:00:18Z"));
    }

    /**
     * On real time, with a TTL of one second: the one test here that waits, boundedly, because what
     * it shows is that nothing but real time passing expires the entry.
     */
    @Test
    void anEntryExpiresOnRealTime() {
        start(new WallClock());
        long setAt = System.nanoTime();
        client.set(CACHE, "USER#alice", "Alice", Duration.ofSeconds(1)).join();
        assertThat(client.get(CACHE, "USER#alice").join()).isInstanceOf(GetResponse.Hit.class);

        long deadline = setAt + Duration.ofSeconds(10).toNanos();
        GetResponse read = client.get(CACHE, "USER#alice").join();
        while (read instanceof GetResponse.Hit && System.nanoTime() < deadline) {
            LockSupport.parkNanos(Duration.ofMillis(20).toNanos()); // poll, do not hammer the server
            read = client.get(CACHE, "USER#alice").join();
        }
        long goneAfter = System.nanoTime() - setAt;

        assertThat(read).as("the entry is gone within 10 s of real time").isInstanceOf(GetResponse.Miss.class);
        assertThat(Duration.ofNanos(goneAfter))
                .as("and not before its TTL")
                .isGreaterThanOrEqualTo(Duration.ofSeconds(1));
    }
}
