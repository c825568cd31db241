package workshop.kit.checks;

import com.google.protobuf.Message;
import grpc.cache_client._DeleteRequest;
import grpc.cache_client._GetRequest;
import grpc.cache_client._SetIfNotExistsRequest;
import grpc.cache_client._SetRequest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import momento.sdk.config.Configuration;
import momento.sdk.config.middleware.Middleware;
import momento.sdk.config.middleware.MiddlewareMessage;
import momento.sdk.config.middleware.MiddlewareMetadata;
import momento.sdk.config.middleware.MiddlewareRequestHandler;
import momento.sdk.config.middleware.MiddlewareRequestHandlerContext;
import momento.sdk.config.middleware.MiddlewareStatus;
import momento.sdk.retry.RetryStrategy;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;

/**
 * Sees every cache call the service's Momento clients make while checks run: a Momento middleware,
 * in the client configuration the checks hand each handler they create, in its {@link Settings}
 * ({@link Clients#momento} builds the client with it). The SDK tells it, on the caller's own
 * thread, when a call starts (before {@code cache.set(...)} even returns its future), and when the
 * call's answer arrives (before that future completes). A client the service builds from
 * {@code Settings.fromEnvironment()} instead (one per request, say) has Momento's configuration for
 * Lambda, unwatched: ClientWiringChecks catches that code by the connections it opens.
 *
 * <p>{@link AccountApi} uses it around each request, for two reasons:
 *
 * <ul>
 *   <li>to tell how many of the calls a request started had no answer yet when the handler
 *       returned. On Lambda the execution environment is frozen as soon as the handler returns,
 *       so such a call may finish minutes later, or never (ReadAsideChecks judges that);
 *   <li>to wait, after the handler returned, until the calls the request started are done, so a
 *       check looks at the cache only then, whether the service awaited its calls or not. Without
 *       that wait, a {@code cache.set(...)} nobody joined would race the check, and the same code
 *       could get another scorecard on every run.
 * </ul>
 *
 * <p>Code that awaits every call is done when the handler returns: at most a thread that delivered
 * one of its answers is a moment away from its pool. Code that left calls running is waited for
 * until they have answered, and no call has started or answered for {@link #QUIET}. Either way the
 * wait then lasts until every thread that delivered an answer has gone back to waiting for work.
 * What the service chained onto a call ({@code thenAccept(...)}, say a delete when the set failed)
 * runs on the thread that delivered the answer, right after it, even when that call failed at once
 * and had answered before the handler returned: the watch cannot see that code end, but it can see
 * that thread still running, however long a busy machine keeps it from starting the delete. (A time
 * window alone was not enough: on a loaded machine a chained delete started after the window had
 * closed, and the same code got another scorecard.)
 *
 * <p>During grading the watch also turns the SDK's retries off. The outages the checks inject last
 * until the check ends them, so a retry could only fail again; and a retry starts later, on
 * another thread, after its failed attempt has answered, which would leave moments in which a
 * request looks done while it is not.
 */
final class CacheCallWatch implements Middleware {
    static final CacheCallWatch INSTANCE = new CacheCallWatch();

    /** How long no call may start or answer before a request that left calls running counts as done. */
    static final Duration QUIET = Duration.ofMillis(50);

    /** A failed call is final: no retry. */
    private static final RetryStrategy NO_RETRIES = (status, method, attempt) -> Optional.empty();

    private int unanswered; // guarded by this
    private long lastActivity = System.nanoTime(); // guarded by this
    private final List<String> started = new ArrayList<>(); // guarded by this
    private final Set<Thread> answering = new HashSet<>(); // guarded by this: threads that delivered an answer

    /** How often to look again at threads still running what they were handed with an answer. */
    private static final Duration BUSY_POLL = Duration.ofMillis(5);

    private CacheCallWatch() {}

    /** The configuration the checks give a handler's Momento client: this one's, watched, with no retries. */
    Configuration watched(Configuration configuration) {
        return configuration.withMiddleware(this).withRetryStrategy(NO_RETRIES);
    }

    /** Calls started that have no answer yet. */
    synchronized int unanswered() {
        return unanswered;
    }

    /** Forgets the calls started so far (each check starts from nothing): marks taken before are void. */
    synchronized void forgetStarted() {
        started.clear();
    }

    /** How many calls have started so far; a mark for {@link #startedSince}. */
    synchronized int startedSoFar() {
        return started.size();
    }

    /** The calls started after {@code mark}, in plain words, in order: "GET USER#alice", "SET USER#alice". */
    synchronized List<String> startedSince(int mark) {
        return List.copyOf(started.subList(Math.min(mark, started.size()), started.size()));
    }

    /**
     * Waits until at most {@code count} calls have no answer, then, if {@code quiet}, until no call
     * has started or answered for {@link #QUIET}, and then until the threads that delivered answers
     * are idle again; or until {@code bound} has passed. True if it got there. Woken by each answer,
     * so waiting for calls that are done costs nothing.
     *
     * <p>The last wait holds even when nothing was left running as the handler returned: a call that
     * failed at once may have answered before that, and the code chained onto it (a delete, say) be
     * still running on the thread that delivered the answer, about to start its call.
     */
    synchronized boolean awaitDone(int count, boolean quiet, Duration bound) {
        long deadline = System.nanoTime() + bound.toNanos();
        while (true) {
            long now = System.nanoTime();
            long left = deadline - now;
            if (left <= 0) {
                return false;
            }
            long toWait;
            if (unanswered > count) {
                toWait = left;
            } else if (quiet && now - lastActivity < QUIET.toNanos()) {
                toWait = Math.min(left, QUIET.toNanos() - (now - lastActivity));
            } else if (!answeringThreadsStillRunning().isEmpty()) {
                toWait = Math.min(left, BUSY_POLL.toNanos());
            } else {
                return true;
            }
            try {
                wait(Math.max(1, toWait / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }

    /**
     * The threads that delivered an answer and are still running (or waiting for a lock): they may
     * be about to run what the service chained onto that answer. A thread back in its pool waits for
     * work, and is forgotten. A thread the chained code blocks in a join() waits too, but only on a
     * call that has started, so {@link #unanswered} already holds the wait open.
     */
    private Set<Thread> answeringThreadsStillRunning() {
        // The thread asking is running by definition, and is never what it waits for.
        answering.removeIf(thread -> thread == Thread.currentThread()
                || switch (thread.getState()) {
                    case RUNNABLE, BLOCKED, NEW -> false;
                    case WAITING, TIMED_WAITING, TERMINATED -> true;
                });
        return answering;
    }

    @Override
    public MiddlewareRequestHandler onNewRequest(MiddlewareRequestHandlerContext context) {
        // This SDK asks once per connection, not once per call, so the handler keeps no state of its
        // own: it reports to the watch.
        return new Reporter();
    }

    private synchronized void callStarted() {
        unanswered++;
        lastActivity = System.nanoTime();
    }

    private synchronized void callSent(Message request) {
        started.add(describe(request));
    }

    private synchronized void callAnswered() {
        answeringThreadsStillRunning().add(Thread.currentThread()); // forgets the pool's idle threads first
        unanswered = Math.max(0, unanswered - 1);
        lastActivity = System.nanoTime();
        notifyAll();
    }

    /** A request in the words the checks use: "GET USER#alice", "SET USER#alice", ... */
    static String describe(Message request) {
        if (request instanceof _GetRequest get) {
            return "GET " + get.getCacheKey().toStringUtf8();
        }
        if (request instanceof _SetRequest set) {
            return "SET " + set.getCacheKey().toStringUtf8();
        }
        if (request instanceof _SetIfNotExistsRequest setIfAbsent) {
            return "SET_IF_NOT_EXISTS " + setIfAbsent.getCacheKey().toStringUtf8();
        }
        if (request instanceof _DeleteRequest delete) {
            return "DELETE " + delete.getCacheKey().toStringUtf8();
        }
        return request.getDescriptorForType().getName();
    }

    private final class Reporter implements MiddlewareRequestHandler {
        @Override
        public CompletableFuture<MiddlewareMetadata> onRequestMetadata(MiddlewareMetadata metadata) {
            callStarted();
            return CompletableFuture.completedFuture(metadata);
        }

        @Override
        public CompletableFuture<MiddlewareMessage> onRequestBody(MiddlewareMessage message) {
            callSent(message.getMessage());
            return CompletableFuture.completedFuture(message);
        }

        @Override
        public CompletableFuture<MiddlewareMetadata> onResponseMetadata(MiddlewareMetadata metadata) {
            return CompletableFuture.completedFuture(metadata);
        }

        @Override
        public CompletableFuture<MiddlewareMessage> onResponseBody(MiddlewareMessage message) {
            return CompletableFuture.completedFuture(message);
        }

        @Override
        public CompletableFuture<MiddlewareStatus> onResponseStatus(MiddlewareStatus status) {
            callAnswered();
            return CompletableFuture.completedFuture(status);
        }
    }
}
