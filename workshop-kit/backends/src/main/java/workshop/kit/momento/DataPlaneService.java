package workshop.kit.momento;

import com.google.protobuf.ByteString;
import grpc.cache_client.ECacheResult;
import grpc.cache_client.ScsGrpc;
import grpc.cache_client._DeleteRequest;
import grpc.cache_client._DeleteResponse;
import grpc.cache_client._GetRequest;
import grpc.cache_client._GetResponse;
import grpc.cache_client._ItemGetTtlRequest;
import grpc.cache_client._ItemGetTtlResponse;
import grpc.cache_client._KeysExistRequest;
import grpc.cache_client._KeysExistResponse;
import grpc.cache_client._SetIfNotExistsRequest;
import grpc.cache_client._SetIfNotExistsResponse;
import grpc.cache_client._SetRequest;
import grpc.cache_client._SetResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Momento's data plane ({@code cache_client.Scs}): reads and writes of keys in a cache.
 *
 * <p>Only the scalar calls the workshop uses are implemented; every other call (dictionaries,
 * lists, sorted sets, ...) keeps the generated default, which answers UNIMPLEMENTED.
 */
final class DataPlaneService extends ScsGrpc.ScsImplBase {

    private final CacheRegistry caches;
    private final WriteHooks writeHooks;
    private final CallRunner calls;

    DataPlaneService(CacheRegistry caches, WriteHooks writeHooks, CallRunner calls) {
        this.caches = caches;
        this.writeHooks = writeHooks;
        this.calls = calls;
    }

    @Override
    public void get(_GetRequest request, StreamObserver<_GetResponse> observer) {
        ByteString key = request.getCacheKey();
        // A hit logs the time the entry had left, so the request log can say "expires in 42 s".
        onCache(
                Operation.GET,
                key.toStringUtf8(),
                observer,
                cache -> cache.lookup(key)
                        .map(entry -> Reply.answer(
                                _GetResponse.newBuilder()
                                        .setResult(ECacheResult.Hit)
                                        .setCacheBody(entry.value())
                                        .build(),
                                Outcome.HIT,
                                entry.remainingTtl()))
                        .orElseGet(() -> Reply.answer(
                                _GetResponse.newBuilder()
                                        .setResult(ECacheResult.Miss)
                                        .build(),
                                Outcome.MISS)));
    }

    @Override
    public void set(_SetRequest request, StreamObserver<_SetResponse> observer) {
        ByteString key = request.getCacheKey();
        Duration ttl = Duration.ofMillis(request.getTtlMilliseconds());
        onCache(Operation.SET, key.toStringUtf8(), observer, cache -> {
            if (!isPositive(ttl)) {
                return invalidTtl(ttl);
            }
            writeHooks.runBeforeWriting(key);
            cache.set(key, request.getCacheBody(), ttl);
            return Reply.answer(
                    _SetResponse.newBuilder().setResult(ECacheResult.Ok).build(), Outcome.STORED, ttl);
        });
    }

    @Override
    public void setIfNotExists(_SetIfNotExistsRequest request, StreamObserver<_SetIfNotExistsResponse> observer) {
        ByteString key = request.getCacheKey();
        Duration ttl = Duration.ofMillis(request.getTtlMilliseconds());
        onCache(Operation.SET_IF_NOT_EXISTS, key.toStringUtf8(), observer, cache -> {
            if (!isPositive(ttl)) {
                return invalidTtl(ttl);
            }
            writeHooks.runBeforeWriting(key);
            // The SDK tells Stored from NotStored by which branch of the result oneof is set.
            if (cache.setIfAbsent(key, request.getCacheBody(), ttl)) {
                return Reply.answer(
                        _SetIfNotExistsResponse.newBuilder()
                                .setStored(_SetIfNotExistsResponse._Stored.getDefaultInstance())
                                .build(),
                        Outcome.STORED,
                        ttl);
            }
            return Reply.answer(
                    _SetIfNotExistsResponse.newBuilder()
                            .setNotStored(_SetIfNotExistsResponse._NotStored.getDefaultInstance())
                            .build(),
                    Outcome.NOT_STORED,
                    ttl);
        });
    }

    @Override
    public void delete(_DeleteRequest request, StreamObserver<_DeleteResponse> observer) {
        ByteString key = request.getCacheKey();
        onCache(
                Operation.DELETE,
                key.toStringUtf8(),
                observer,
                cache -> Reply.answer(
                        _DeleteResponse.getDefaultInstance(), cache.delete(key) ? Outcome.DELETED : Outcome.MISS));
    }

    @Override
    public void itemGetTtl(_ItemGetTtlRequest request, StreamObserver<_ItemGetTtlResponse> observer) {
        ByteString key = request.getCacheKey();
        onCache(
                Operation.ITEM_GET_TTL,
                key.toStringUtf8(),
                observer,
                cache -> cache.remainingTtl(key)
                        .map(remaining -> Reply.answer(
                                _ItemGetTtlResponse.newBuilder()
                                        .setFound(_ItemGetTtlResponse._Found.newBuilder()
                                                .setRemainingTtlMillis(remaining.toMillis()))
                                        .build(),
                                Outcome.HIT,
                                remaining))
                        .orElseGet(() -> Reply.answer(
                                _ItemGetTtlResponse.newBuilder()
                                        .setMissing(_ItemGetTtlResponse._Missing.getDefaultInstance())
                                        .build(),
                                Outcome.MISS)));
    }

    @Override
    public void keysExist(_KeysExistRequest request, StreamObserver<_KeysExistResponse> observer) {
        String keys = request.getCacheKeysList().stream()
                .map(ByteString::toStringUtf8)
                .collect(Collectors.joining(","));
        onCache(
                Operation.KEYS_EXIST,
                keys,
                observer,
                cache -> Reply.answer(
                        _KeysExistResponse.newBuilder()
                                .addAllExists(request.getCacheKeysList().stream()
                                        .map(cache::contains)
                                        .toList())
                                .build(),
                        Outcome.OK));
    }

    /** Runs a call on the cache named in the request header, answering NOT_FOUND if there is none. */
    private <R> void onCache(
            Operation operation, String key, StreamObserver<R> observer, Function<LocalCache, Reply<R>> action) {
        Optional<String> cacheName = CacheNameInterceptor.currentCacheName();
        calls.run(operation, cacheName.orElse(""), key, observer, () -> {
            if (cacheName.isEmpty()) {
                return Reply.error(
                        Status.INVALID_ARGUMENT.withDescription("Request has no 'cache' header"), Outcome.REJECTED);
            }
            return caches.find(cacheName.get())
                    .map(action)
                    .orElseGet(() -> Reply.error(
                            Status.NOT_FOUND.withDescription("Cache not found: " + cacheName.get()),
                            Outcome.NO_SUCH_CACHE));
        });
    }

    private static boolean isPositive(Duration ttl) {
        return !ttl.isNegative() && !ttl.isZero();
    }

    private static <R> Reply<R> invalidTtl(Duration ttl) {
        return Reply.error(
                Status.INVALID_ARGUMENT.withDescription("TTL must be positive, was " + ttl), Outcome.REJECTED);
    }
}
