package workshop.kit.momento;

import com.google.protobuf.ByteString;
import io.grpc.Server;
import io.grpc.ServerInterceptors;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

/**
 * A small stand-in for Momento that the real Momento SDK can talk to, for tests and the workshop.
 *
 * <p>It serves Momento's own gRPC services (data plane and control plane, on one port) on
 * 127.0.0.1, so a {@code CacheClient} built with {@code new MomentoLocalProvider("127.0.0.1",
 * server.port())} works against it unchanged. Compared with the real service it adds what a check
 * needs to see and steer: an injected {@link CacheClock} that drives expiry (a {@link ManualClock}
 * for checks, a {@link WallClock} for {@code ./workshop run}), a look at entries and TTLs that
 * bypasses the log, an operations log, injected {@link Faults}, a connection count and a hook to
 * stage a write race.
 */
public final class LocalMomentoServer implements AutoCloseable {

    private static final String HOST = "127.0.0.1";

    private final CacheClock clock;
    private final CacheRegistry caches;
    private final OperationLog log = new OperationLog();
    private final Faults faults = new Faults();
    private final WriteHooks writeHooks = new WriteHooks();
    private final ConnectionCounter connections = new ConnectionCounter();
    private final TransferMeter transfer = new TransferMeter();
    // Calls run on a growing pool, so a call blocked in a write hook, which itself calls this server,
    // never starves the call it is waiting for.
    private final ExecutorService callExecutor = Executors.newCachedThreadPool(daemonThreads("local-momento-call"));
    private final ScheduledExecutorService timer =
            Executors.newSingleThreadScheduledExecutor(daemonThreads("local-momento-delay"));
    private final Server grpcServer;

    private LocalMomentoServer(CacheClock clock, int port) {
        this.clock = clock;
        this.caches = new CacheRegistry(clock);
        CallRunner calls = new CallRunner(clock, faults, log, callExecutor, timer);
        this.grpcServer = NettyServerBuilder.forAddress(new InetSocketAddress(HOST, port))
                .executor(callExecutor)
                // The SDK pings idle connections; without these the server answers GOAWAY
                // "too_many_pings" and the client has to reconnect.
                .permitKeepAliveTime(1, TimeUnit.SECONDS)
                .permitKeepAliveWithoutCalls(true)
                .addTransportFilter(connections)
                .addService(ServerInterceptors.intercept(
                        new DataPlaneService(caches, writeHooks, calls), new CacheNameInterceptor(), transfer))
                .addService(new ControlPlaneService(caches, calls))
                .build();
    }

    /** Starts a server on a free loopback port. */
    public static LocalMomentoServer start(CacheClock clock) {
        return start(clock, 0);
    }

    /** Starts a server on the given loopback port; 0 picks a free one. */
    public static LocalMomentoServer start(CacheClock clock, int port) {
        LocalMomentoServer server = new LocalMomentoServer(clock, port);
        try {
            server.grpcServer.start();
            return server;
        } catch (IOException e) {
            server.close();
            throw new UncheckedIOException("Could not start the local Momento server on " + HOST + ":" + port, e);
        }
    }

    public int port() {
        return grpcServer.getPort();
    }

    public String host() {
        return HOST;
    }

    /** The clock entries expire by; a check or a learner moves it forward with {@code advance}. */
    public CacheClock clock() {
        return clock;
    }

    /** Creates the cache if it does not exist yet; not logged, as it is set-up, not traffic. */
    public void createCache(String cacheName) {
        caches.create(cacheName);
    }

    /** The time the entry has left; empty if there is no such cache or no live entry. Not logged. */
    public Optional<Duration> remainingTtl(String cacheName, String key) {
        return caches.find(cacheName).flatMap(cache -> cache.remainingTtl(utf8(key)));
    }

    /** The entry's value as UTF-8 text; empty if there is no live entry. Not logged. */
    public Optional<String> peek(String cacheName, String key) {
        return caches.find(cacheName).flatMap(cache -> cache.get(utf8(key))).map(ByteString::toStringUtf8);
    }

    /** The keys with a live entry; empty if there is no such cache. */
    public Set<String> keys(String cacheName) {
        return caches.find(cacheName)
                .map(cache ->
                        cache.keys().stream().map(ByteString::toStringUtf8).collect(Collectors.toSet()))
                .orElse(Set.of());
    }

    /** Drops every entry of the cache (nothing happens if it does not exist). Not logged. */
    public void flush(String cacheName) {
        caches.find(cacheName).ifPresent(LocalCache::flush);
    }

    /** Every call handled so far, oldest first. */
    public List<CacheOperation> operations() {
        return log.snapshot();
    }

    /** How many calls the log holds; pass it to {@link #operationsSince} later to see what came after. */
    public int operationCount() {
        return log.size();
    }

    /** The calls logged from position {@code index} on, oldest first (all of them if the log was cleared since). */
    public List<CacheOperation> operationsSince(int index) {
        return log.since(index);
    }

    public void clearOperations() {
        log.clear();
    }

    /**
     * The calls handled since the last drain (or start), oldest first, removed from the log: a
     * long-running caller counts them chunk by chunk instead of letting the log grow.
     */
    public List<CacheOperation> drainOperations() {
        return log.drain();
    }

    /**
     * Bytes of data-plane messages (keys, values, TTLs: the serialized requests and answers, without
     * gRPC headers and framing) received and sent since the server started: roughly what a
     * per-GB-transferred price is charged on.
     */
    public long bytesTransferred() {
        return transfer.bytes();
    }

    public Faults faults() {
        return faults;
    }

    /** How many transport connections clients have opened to this server since it started. */
    public int connectionsOpened() {
        return connections.opened();
    }

    /**
     * Runs {@code hook} on the server just before the next SET or SET_IF_NOT_EXISTS of {@code key}
     * (in any cache) is applied; that write is applied after the hook returns. The hook runs once.
     * It may call this server through a client, for example to write the same key first.
     */
    public void onNextWrite(String key, Runnable hook) {
        writeHooks.onNextWrite(utf8(key), hook);
    }

    /** Drops every hook whose write has not come (yet). */
    public void clearWriteHooks() {
        writeHooks.clear();
    }

    /** Stops at once: calls in flight are cancelled. */
    @Override
    public void close() {
        grpcServer.shutdownNow();
        try {
            grpcServer.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            timer.shutdownNow();
            callExecutor.shutdownNow();
        }
    }

    /** Blocks until the server is closed; for {@link LocalMomentoServerMain}. */
    void awaitTermination() throws InterruptedException {
        grpcServer.awaitTermination();
    }

    private static ByteString utf8(String text) {
        return ByteString.copyFromUtf8(text);
    }

    /** Daemon threads, so a server someone forgot to close never keeps a JVM alive. */
    private static ThreadFactory daemonThreads(String namePrefix) {
        AtomicInteger count = new AtomicInteger();
        return runnable -> {
            Thread thread = new Thread(runnable, namePrefix + "-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        };
    }
}
