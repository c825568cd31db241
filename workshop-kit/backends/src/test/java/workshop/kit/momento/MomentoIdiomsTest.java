package workshop.kit.momento;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import momento.sdk.CacheClient;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configurations;
import momento.sdk.responses.cache.GetResponse;
import org.junit.jupiter.api.Test;

/**
 * The two idioms of the Momento SDK that chapter 2 shows before its first task, a future that
 * {@code join()} waits for and a response told apart with {@code instanceof}: the regions below are
 * the chapter's snippets, and this test runs them as written, with the real SDK against the local
 * server.
 */
class MomentoIdiomsTest {

    @Test
    void aGetAnswersLaterWithOneOfItsResponseTypes() {
        try (LocalMomentoServer server = LocalMomentoServer.start(new ManualClock());
                CacheClient cache = CacheClient.create(
                        new MomentoLocalProvider(server.host(), server.port()),
                        Configurations.Laptop.latest(),
                        Duration.ofSeconds(60))) {
            String cacheName = "accounts";
            server.createCache(cacheName);
            cache.set(cacheName, "USER#oliviaowner", "{\"username\":\"oliviaowner\"}", Duration.ofSeconds(60))
                    .join();

            // region future
            CompletableFuture<GetResponse> pending = cache.get(cacheName, "USER#oliviaowner"); // sent, not answered yet
            GetResponse answer = pending.join(); // wait here for the answer
            // endregion

            assertThat(pending).isDone();
            assertThat(answer).isInstanceOf(GetResponse.Hit.class);
            // region response-types
            if (answer instanceof GetResponse.Hit found) {
                System.out.println("cached: " + found.valueString());
            }
            // endregion
            assertThat(((GetResponse.Hit) answer).valueString()).isEqualTo("{\"username\":\"oliviaowner\"}");
            assertThat(cache.get(cacheName, "USER#nobody").join()).isInstanceOf(GetResponse.Miss.class);
        }
    }
}
