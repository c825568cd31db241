package workshop.kit.momento;

import grpc.control_client.ScsControlGrpc;
import grpc.control_client._Cache;
import grpc.control_client._CreateCacheRequest;
import grpc.control_client._CreateCacheResponse;
import grpc.control_client._DeleteCacheRequest;
import grpc.control_client._DeleteCacheResponse;
import grpc.control_client._FlushCacheRequest;
import grpc.control_client._FlushCacheResponse;
import grpc.control_client._ListCachesRequest;
import grpc.control_client._ListCachesResponse;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;

/**
 * Momento's control plane ({@code control_client.ScsControl}): creating, listing, flushing and
 * deleting caches. Unlike the data plane, these requests name the cache in the message itself.
 */
final class ControlPlaneService extends ScsControlGrpc.ScsControlImplBase {

    private static final String NO_KEY = "";

    private final CacheRegistry caches;
    private final CallRunner calls;

    ControlPlaneService(CacheRegistry caches, CallRunner calls) {
        this.caches = caches;
        this.calls = calls;
    }

    @Override
    public void createCache(_CreateCacheRequest request, StreamObserver<_CreateCacheResponse> observer) {
        String cacheName = request.getCacheName();
        calls.run(
                Operation.CREATE_CACHE,
                cacheName,
                NO_KEY,
                observer,
                () -> caches.create(cacheName)
                        ? Reply.answer(_CreateCacheResponse.getDefaultInstance(), Outcome.OK)
                        : Reply.error(
                                Status.ALREADY_EXISTS.withDescription("Cache already exists: " + cacheName),
                                Outcome.ALREADY_EXISTS));
    }

    @Override
    public void deleteCache(_DeleteCacheRequest request, StreamObserver<_DeleteCacheResponse> observer) {
        String cacheName = request.getCacheName();
        calls.run(
                Operation.DELETE_CACHE,
                cacheName,
                NO_KEY,
                observer,
                () -> caches.delete(cacheName)
                        ? Reply.answer(_DeleteCacheResponse.getDefaultInstance(), Outcome.OK)
                        : cacheNotFound(cacheName));
    }

    @Override
    public void listCaches(_ListCachesRequest request, StreamObserver<_ListCachesResponse> observer) {
        // One page holds every cache, so there is never a next_token.
        calls.run(Operation.LIST_CACHES, "", NO_KEY, observer, () -> {
            _ListCachesResponse.Builder response = _ListCachesResponse.newBuilder();
            caches.names().forEach(name -> response.addCache(_Cache.newBuilder().setCacheName(name)));
            return Reply.answer(response.build(), Outcome.OK);
        });
    }

    @Override
    public void flushCache(_FlushCacheRequest request, StreamObserver<_FlushCacheResponse> observer) {
        String cacheName = request.getCacheName();
        calls.run(
                Operation.FLUSH_CACHE,
                cacheName,
                NO_KEY,
                observer,
                () -> caches.find(cacheName)
                        .map(cache -> {
                            cache.flush();
                            return Reply.answer(_FlushCacheResponse.getDefaultInstance(), Outcome.OK);
                        })
                        .orElseGet(() -> cacheNotFound(cacheName)));
    }

    private static <R> Reply<R> cacheNotFound(String cacheName) {
        return Reply.error(Status.NOT_FOUND.withDescription("Cache not found: " + cacheName), Outcome.NO_SUCH_CACHE);
    }
}
