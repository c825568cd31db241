package workshop.kit.momento;

import io.grpc.Context;
import io.grpc.Contexts;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.Optional;

/**
 * Moves the cache name from the request headers into the gRPC {@link Context}.
 *
 * <p>Momento's data-plane requests ({@code _GetRequest}, {@code _SetRequest}, ...) carry only the
 * key and value: the SDK names the cache in a {@code cache} request header. The service methods
 * only see the request message, so this interceptor hands them the header through the context of
 * the call.
 */
final class CacheNameInterceptor implements ServerInterceptor {

    private static final Metadata.Key<String> CACHE_HEADER = Metadata.Key.of("cache", Metadata.ASCII_STRING_MARSHALLER);
    private static final Context.Key<String> CACHE_NAME = Context.key("momento-cache-name");

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        String cacheName = headers.get(CACHE_HEADER);
        if (cacheName == null) {
            return next.startCall(call, headers);
        }
        Context withCacheName = Context.current().withValue(CACHE_NAME, cacheName);
        return Contexts.interceptCall(withCacheName, call, headers, next);
    }

    /** The cache named by the call being handled on this thread; empty if it sent no header. */
    static Optional<String> currentCacheName() {
        return Optional.ofNullable(CACHE_NAME.get());
    }
}
