package workshop.kit.momento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import com.google.protobuf.ByteString;
import grpc.cache_client.ScsGrpc;
import grpc.cache_client._KeysExistRequest;
import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.netty.shaded.io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import momento.sdk.CacheClient;
import momento.sdk.auth.MomentoLocalProvider;
import momento.sdk.config.Configurations;
import momento.sdk.exceptions.MomentoErrorCode;
import momento.sdk.responses.cache.DeleteResponse;
import momento.sdk.responses.cache.GetResponse;
import momento.sdk.responses.cache.SetIfNotExistsResponse;
import momento.sdk.responses.cache.SetResponse;
import momento.sdk.responses.cache.control.CacheCreateResponse;
import momento.sdk.responses.cache.control.CacheDeleteResponse;
import momento.sdk.responses.cache.control.CacheFlushResponse;
import momento.sdk.responses.cache.control.CacheInfo;
import momento.sdk.responses.cache.control.CacheListResponse;
import momento.sdk.responses.cache.ttl.ItemGetTtlResponse;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Drives the local server with the real Momento SDK, as the workshop's checks do. */
class LocalMomentoServerTest {

    private static final String CACHE = "accounts";
    private static final Duration TTL = Duration.ofSeconds(30);

    private static ManualClock clock;
    private static LocalMomentoServer server;
    private static CacheClient client;

    @BeforeAll
    static void startServerAndClient() {
        clock = new ManualClock();
        server = LocalMomentoServer.start(clock);
        client = newClient();
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    @BeforeEach
    void resetServer() {
        server.faults().clear();
        server.createCache(CACHE);
        server.flush(CACHE);
        server.clearOperations();
    }

    private static CacheClient newClient() {
        return CacheClient.create(
                new MomentoLocalProvider(server.host(), server.port()),
                Configurations.Laptop.latest().withTimeout(Duration.ofMillis(500)),
                Duration.ofSeconds(60));
    }

    // --- basic operations ---------------------------------------------------------------------

    @Test
    void setGetDeleteRoundTrip() {
        assertThat(client.set(CACHE, "a", "1", TTL).join()).isInstanceOf(SetResponse.Success.class);

        GetResponse hit = client.get(CACHE, "a").join();
        assertThat(hit).isInstanceOf(GetResponse.Hit.class);
        assertThat(((GetResponse.Hit) hit).valueString()).isEqualTo("1");

        assertThat(client.delete(CACHE, "a").join()).isInstanceOf(DeleteResponse.Success.class);
        assertThat(client.get(CACHE, "a").join()).isInstanceOf(GetResponse.Miss.class);
    }

    @Test
    void getOfAKeyNeverSetMisses() {
        assertThat(client.get(CACHE, "nobody").join()).isInstanceOf(GetResponse.Miss.class);
        assertThat(server.peek(CACHE, "nobody")).isEmpty();
    }

    @Test
    void defaultTtlOfTheClientIsUsedWhenNoneIsGiven() {
        client.set(CACHE, "a", "1").join();

        assertThat(server.remainingTtl(CACHE, "a")).contains(Duration.ofSeconds(60));
    }

    // --- time ---------------------------------------------------------------------------------

    @Test
    void entryExpiresWhenTheClockPassesItsTtl() {
        client.set(CACHE, "a", "1", Duration.ofSeconds(10)).join();

        clock.advance(Duration.ofMillis(9_999));
        assertThat(client.get(CACHE, "a").join()).isInstanceOf(GetResponse.Hit.class);
        assertThat(server.keys(CACHE)).containsExactly("a");

        clock.advance(Duration.ofMillis(1));
        assertThat(client.get(CACHE, "a").join()).isInstanceOf(GetResponse.Miss.class);
        assertThat(server.keys(CACHE)).isEmpty();
        assertThat(server.peek(CACHE, "a")).isEmpty();
    }

    @Test
    void remainingTtlCountsDownWithTheClock() {
        client.set(CACHE, "a", "1", TTL).join();
        assertThat(server.remainingTtl(CACHE, "a")).contains(TTL);

        clock.advance(Duration.ofSeconds(10));
        assertThat(server.remainingTtl(CACHE, "a")).contains(Duration.ofSeconds(20));

        clock.advance(Duration.ofSeconds(20));
        assertThat(server.remainingTtl(CACHE, "a")).isEmpty();
        assertThat(server.remainingTtl("no-such-cache", "a")).isEmpty();
    }

    @Test
    void aNewSetReplacesTheTtl() {
        client.set(CACHE, "a", "1", TTL).join();
        clock.advance(Duration.ofSeconds(25));

        client.set(CACHE, "a", "2", Duration.ofSeconds(10)).join();

        assertThat(server.remainingTtl(CACHE, "a")).contains(Duration.ofSeconds(10));
        assertThat(server.peek(CACHE, "a")).contains("2");
    }

    @Test
    void itemGetTtlThroughTheSdk() {
        client.set(CACHE, "a", "1", TTL).join();
        clock.advance(Duration.ofSeconds(5));

        ItemGetTtlResponse found = client.itemGetTtl(CACHE, "a").join();
        assertThat(found).isInstanceOf(ItemGetTtlResponse.Hit.class);
        assertThat(((ItemGetTtlResponse.Hit) found).remainingTtl()).isEqualTo(Duration.ofSeconds(25));

        assertThat(client.itemGetTtl(CACHE, "b").join()).isInstanceOf(ItemGetTtlResponse.Miss.class);
    }

    // --- set if not exists --------------------------------------------------------------------

    @Test
    void setIfNotExistsStoresOnlyWhenThereIsNoLiveEntry() {
        assertThat(client.setIfNotExists(CACHE, "a", "first", Duration.ofSeconds(10))
                        .join())
                .isInstanceOf(SetIfNotExistsResponse.Stored.class);
        assertThat(client.setIfNotExists(CACHE, "a", "second", Duration.ofSeconds(10))
                        .join())
                .isInstanceOf(SetIfNotExistsResponse.NotStored.class);
        assertThat(server.peek(CACHE, "a")).contains("first");

        clock.advance(Duration.ofSeconds(10));

        assertThat(client.setIfNotExists(CACHE, "a", "third", Duration.ofSeconds(10))
                        .join())
                .isInstanceOf(SetIfNotExistsResponse.Stored.class);
        assertThat(server.peek(CACHE, "a")).contains("third");
        assertThat(server.operations())
                .extracting(CacheOperation::outcome)
                .containsExactly(Outcome.STORED, Outcome.NOT_STORED, Outcome.STORED);
    }

    // --- caches -------------------------------------------------------------------------------

    @Test
    void unknownCacheGivesCacheNotFound() {
        GetResponse response = client.get("no-such-cache", "a").join();

        assertThat(response).isInstanceOf(GetResponse.Error.class);
        // The Error is an SdkException that copies the mapped one (CacheNotFoundException): its
        // error code tells what went wrong, its cause is the gRPC status.
        GetResponse.Error error = (GetResponse.Error) response;
        assertThat(error.getErrorCode()).isEqualTo(MomentoErrorCode.NOT_FOUND_ERROR);
        assertThat(error).hasMessageContaining("does not exist");
        assertThat(server.operations())
                .extracting(CacheOperation::cacheName, CacheOperation::outcome)
                .containsExactly(tuple("no-such-cache", Outcome.NO_SUCH_CACHE));
    }

    @Test
    void creatingACacheTwiceGivesAlreadyExists() {
        // SDK 1.21.0 has no CacheCreateResponse.AlreadyExists: a duplicate is an Error.
        assertThat(client.createCache("created-twice").join()).isInstanceOf(CacheCreateResponse.Success.class);

        CacheCreateResponse second = client.createCache("created-twice").join();

        assertThat(second).isInstanceOf(CacheCreateResponse.Error.class);
        assertThat(((CacheCreateResponse.Error) second).getErrorCode())
                .isEqualTo(MomentoErrorCode.ALREADY_EXISTS_ERROR);
    }

    @Test
    void listAndDeleteCaches() {
        client.createCache("short-lived").join();
        CacheListResponse listed = client.listCaches().join();
        assertThat(((CacheListResponse.Success) listed).getCaches())
                .extracting(CacheInfo::name)
                .contains(CACHE, "short-lived");

        assertThat(client.deleteCache("short-lived").join()).isInstanceOf(CacheDeleteResponse.Success.class);
        assertThat(client.deleteCache("short-lived").join()).isInstanceOf(CacheDeleteResponse.Error.class);
        assertThat(client.get("short-lived", "a").join()).isInstanceOf(GetResponse.Error.class);
    }

    @Test
    void flushDropsEveryEntry() {
        client.set(CACHE, "a", "1", TTL).join();
        client.set(CACHE, "b", "2", TTL).join();
        assertThat(server.keys(CACHE)).containsExactlyInAnyOrder("a", "b");

        assertThat(client.flushCache(CACHE).join()).isInstanceOf(CacheFlushResponse.Success.class);
        assertThat(server.keys(CACHE)).isEmpty();

        client.set(CACHE, "c", "3", TTL).join();
        server.flush(CACHE);
        assertThat(server.keys(CACHE)).isEmpty();
    }

    @Test
    void keysExistAnswersPerKeyAndNeedsTheCacheHeader() {
        // SDK 1.21.0 has no keysExist call, so this one goes through the generated gRPC stub.
        client.set(CACHE, "a", "1", TTL).join();
        ManagedChannel channel = NettyChannelBuilder.forAddress(server.host(), server.port())
                .usePlaintext()
                .build();
        try {
            _KeysExistRequest request = _KeysExistRequest.newBuilder()
                    .addCacheKeys(ByteString.copyFromUtf8("a"))
                    .addCacheKeys(ByteString.copyFromUtf8("b"))
                    .build();
            Metadata headers = new Metadata();
            headers.put(Metadata.Key.of("cache", Metadata.ASCII_STRING_MARSHALLER), CACHE);
            ScsGrpc.ScsBlockingStub withHeader = ScsGrpc.newBlockingStub(channel)
                    .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));

            assertThat(withHeader.keysExist(request).getExistsList()).containsExactly(true, false);

            assertThatThrownBy(() -> ScsGrpc.newBlockingStub(channel).keysExist(request))
                    .isInstanceOfSatisfying(
                            StatusRuntimeException.class,
                            e -> assertThat(e.getStatus().getCode()).isEqualTo(Status.Code.INVALID_ARGUMENT));
        } finally {
            channel.shutdownNow();
        }
    }

    // --- operations log -----------------------------------------------------------------------

    @Test
    void operationsLogRecordsEveryCallInOrder() {
        client.set(CACHE, "a", "1", TTL).join();
        client.get(CACHE, "a").join();
        clock.advance(Duration.ofSeconds(1));
        client.get(CACHE, "b").join();
        client.delete(CACHE, "a").join();
        client.itemGetTtl(CACHE, "a").join();

        assertThat(server.operations())
                .extracting(CacheOperation::operation, CacheOperation::key, CacheOperation::outcome)
                .containsExactly(
                        tuple(Operation.SET, "a", Outcome.STORED),
                        tuple(Operation.GET, "a", Outcome.HIT),
                        tuple(Operation.GET, "b", Outcome.MISS),
                        tuple(Operation.DELETE, "a", Outcome.DELETED),
                        tuple(Operation.ITEM_GET_TTL, "a", Outcome.MISS));
        CacheOperation set = server.operations().get(0);
        assertThat(set.cacheName()).isEqualTo(CACHE);
        assertThat(set.ttl()).contains(TTL);
        assertThat(server.operations().get(2).at()).isEqualTo(clock.now());

        server.clearOperations();
        assertThat(server.operations()).isEmpty();
    }

    @Test
    void drainingHandsOverTheLogAndEmptiesIt() {
        client.set(CACHE, "a", "1", TTL).join();
        client.get(CACHE, "a").join();

        assertThat(server.drainOperations())
                .extracting(CacheOperation::operation)
                .containsExactly(Operation.SET, Operation.GET);
        assertThat(server.operations()).isEmpty();
        client.get(CACHE, "b").join();
        assertThat(server.drainOperations()).extracting(CacheOperation::key).containsExactly("b");
    }

    @Test
    void countsTheBytesOfKeysAndValuesMoved() {
        long before = server.bytesTransferred();
        client.set(CACHE, "key", "x".repeat(1000), TTL).join();
        long afterSet = server.bytesTransferred();
        client.get(CACHE, "key").join();
        long afterHit = server.bytesTransferred();
        client.get(CACHE, "nothing").join();
        long afterMiss = server.bytesTransferred();

        // The value travels once in the set and once in the hit's answer; a miss moves only its key.
        assertThat(afterSet - before).isBetween(1003L, 1030L);
        assertThat(afterHit - afterSet).isBetween(1003L, 1030L);
        assertThat(afterMiss - afterHit).isBetween(7L, 20L);
    }

    @Test
    void peekingDoesNotLog() {
        client.set(CACHE, "a", "1", TTL).join();
        server.clearOperations();

        server.peek(CACHE, "a");
        server.remainingTtl(CACHE, "a");
        server.keys(CACHE);

        assertThat(server.operations()).isEmpty();
    }

    // --- faults -------------------------------------------------------------------------------

    @Test
    void failedGetGivesAnErrorUntilCleared() {
        client.set(CACHE, "a", "1", TTL).join();
        server.faults().fail(Operation.GET);

        GetResponse failed = client.get(CACHE, "a").join();

        assertThat(failed).isInstanceOf(GetResponse.Error.class);
        assertThat(((GetResponse.Error) failed).getErrorCode()).isEqualTo(MomentoErrorCode.SERVER_UNAVAILABLE);
        // The SDK retries a GET that answers UNAVAILABLE, so there may be several lines.
        assertThat(server.operations())
                .filteredOn(op -> op.operation() == Operation.GET)
                .isNotEmpty()
                .allMatch(op -> op.outcome() == Outcome.FAILED);
        assertThat(client.set(CACHE, "b", "2", TTL).join()).isInstanceOf(SetResponse.Success.class);

        server.faults().clear();
        assertThat(client.get(CACHE, "a").join()).isInstanceOf(GetResponse.Hit.class);
    }

    @Test
    void failedSetStoresNothing() {
        server.faults().fail(Operation.SET);

        assertThat(client.set(CACHE, "a", "1", TTL).join()).isInstanceOf(SetResponse.Error.class);

        assertThat(server.peek(CACHE, "a")).isEmpty();
    }

    @Test
    void failingWithNoOperationsNamedFailsEverything() {
        server.faults().fail();

        assertThat(client.setIfNotExists(CACHE, "a", "1", TTL).join()).isInstanceOf(SetIfNotExistsResponse.Error.class);
        assertThat(client.createCache("while-down").join()).isInstanceOf(CacheCreateResponse.Error.class);
    }

    @Test
    void randomFailuresAreReproducibleFromTheSeed() {
        List<Boolean> firstRun = storedPatternWithRandomFailures();
        server.flush(CACHE);
        List<Boolean> secondRun = storedPatternWithRandomFailures();

        assertThat(firstRun).isEqualTo(secondRun).contains(true, false);
    }

    /** 20 set-if-not-exists calls (not retried by the SDK) with half of them failing. */
    private static List<Boolean> storedPatternWithRandomFailures() {
        server.faults().clear();
        server.faults().failRandomly(0.5, 42L, Operation.SET_IF_NOT_EXISTS);
        List<Boolean> stored = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            SetIfNotExistsResponse response =
                    client.setIfNotExists(CACHE, "k" + i, "v", TTL).join();
            stored.add(response instanceof SetIfNotExistsResponse.Stored);
        }
        return stored;
    }

    @Test
    void delayPastTheDeadlineTimesOutAndAppliesNothing() throws InterruptedException {
        server.faults().delay(Duration.ofMillis(800), Operation.SET);

        SetResponse response = client.set(CACHE, "a", "1", TTL).join();

        assertThat(response).isInstanceOf(SetResponse.Error.class);
        assertThat(((SetResponse.Error) response).getErrorCode()).isEqualTo(MomentoErrorCode.TIMEOUT_ERROR);
        // The server reaches the call only after the delay (real time), then drops it.
        CacheOperation dropped = awaitOperation(Operation.SET);
        assertThat(dropped.outcome()).isEqualTo(Outcome.TIMED_OUT);
        assertThat(server.peek(CACHE, "a")).isEmpty();

        server.faults().clear();
        assertThat(client.set(CACHE, "a", "1", TTL).join()).isInstanceOf(SetResponse.Success.class);
    }

    @Test
    void aDelayShorterThanTheDeadlineOnlySlowsTheCallDown() {
        server.faults().delay(Duration.ofMillis(100), Operation.SET);

        assertThat(client.set(CACHE, "a", "1", TTL).join()).isInstanceOf(SetResponse.Success.class);
        assertThat(server.peek(CACHE, "a")).contains("1");
    }

    private static CacheOperation awaitOperation(Operation operation) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(3);
        while (System.nanoTime() < deadline) {
            Optional<CacheOperation> found = server.operations().stream()
                    .filter(op -> op.operation() == operation)
                    .findFirst();
            if (found.isPresent()) {
                return found.get();
            }
            Thread.sleep(10);
        }
        throw new AssertionError("The server never logged a " + operation);
    }

    // --- connections --------------------------------------------------------------------------

    @Test
    void countsTheConnectionsClientsOpen() {
        client.get(CACHE, "a").join();
        int before = server.connectionsOpened();
        assertThat(before).isPositive();

        client.get(CACHE, "a").join();
        assertThat(server.connectionsOpened())
                .as("the same client reuses its connection")
                .isEqualTo(before);

        try (CacheClient another = newClient()) {
            another.get(CACHE, "a").join();
        }
        assertThat(server.connectionsOpened()).isGreaterThan(before);
    }

    // --- race hook ----------------------------------------------------------------------------

    @Test
    void writeHookRunsBeforeTheSetIsApplied() {
        server.onNextWrite("a", () -> client.set(CACHE, "a", "from-hook", TTL).join());

        assertThat(client.set(CACHE, "a", "original", TTL).join()).isInstanceOf(SetResponse.Success.class);

        // The hook's set landed first; the original set, applied after it, wins.
        assertThat(server.peek(CACHE, "a")).contains("original");
        assertThat(server.operations())
                .extracting(CacheOperation::operation, CacheOperation::outcome)
                .containsExactly(tuple(Operation.SET, Outcome.STORED), tuple(Operation.SET, Outcome.STORED));

        // The hook ran once.
        client.set(CACHE, "a", "again", TTL).join();
        assertThat(server.peek(CACHE, "a")).contains("again");
    }

    @Test
    void setIfNotExistsAfterTheHooksWriteIsNotStored() {
        server.onNextWrite("a", () -> client.set(CACHE, "a", "from-hook", TTL).join());

        assertThat(client.setIfNotExists(CACHE, "a", "stale", TTL).join())
                .isInstanceOf(SetIfNotExistsResponse.NotStored.class);

        assertThat(server.peek(CACHE, "a")).contains("from-hook");
        assertThat(server.operations())
                .extracting(CacheOperation::operation, CacheOperation::outcome)
                .containsExactly(
                        tuple(Operation.SET, Outcome.STORED), tuple(Operation.SET_IF_NOT_EXISTS, Outcome.NOT_STORED));
    }

    @Test
    void aClearedHookNeverRuns() {
        List<String> ran = new ArrayList<>();
        server.onNextWrite("a", () -> ran.add("hook"));

        server.clearWriteHooks();
        client.set(CACHE, "a", "1", TTL).join();

        assertThat(ran).isEmpty();
    }
}
