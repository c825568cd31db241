package workshop.kit.momento;

import io.grpc.Context;
import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Handles every call the same way: wait out an injected delay, fail it if a fault says so, else
 * apply it; then log it and answer.
 *
 * <p>Doing the fault check before the operation is what makes "a failed set stores nothing" true.
 * A delayed call waits on a timer rather than by sleeping on a gRPC thread, and is then handed
 * back to the call executor, so slow calls never hold up the others.
 */
final class CallRunner {

    private final CacheClock clock;
    private final Faults faults;
    private final OperationLog log;
    private final Executor callExecutor;
    private final ScheduledExecutorService timer;

    CallRunner(
            CacheClock clock, Faults faults, OperationLog log, Executor callExecutor, ScheduledExecutorService timer) {
        this.clock = clock;
        this.faults = faults;
        this.log = log;
        this.callExecutor = callExecutor;
        this.timer = timer;
    }

    <R> void run(
            Operation operation, String cacheName, String key, StreamObserver<R> observer, Supplier<Reply<R>> action) {
        // The context of this call knows whether the client is still waiting (its deadline travels
        // with the request); capture it now, as a delayed task runs outside the call's context.
        Context call = Context.current();
        Runnable handle = () -> handle(call, operation, cacheName, key, observer, action);
        Duration delay = faults.delayFor(operation);
        if (delay.isZero()) {
            handle.run();
        } else {
            timer.schedule(() -> callExecutor.execute(handle), delay.toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    private <R> void handle(
            Context call,
            Operation operation,
            String cacheName,
            String key,
            StreamObserver<R> observer,
            Supplier<Reply<R>> action) {
        Reply<R> reply = decide(call, operation, action);
        log.add(new CacheOperation(operation, cacheName, key, reply.ttl(), reply.outcome(), clock.now()));
        if (!call.isCancelled()) {
            reply.sendTo(observer);
        }
    }

    private <R> Reply<R> decide(Context call, Operation operation, Supplier<Reply<R>> action) {
        if (call.isCancelled()) {
            return Reply.error(Status.DEADLINE_EXCEEDED, Outcome.TIMED_OUT);
        }
        if (faults.shouldFail(operation)) {
            return Reply.error(
                    Status.UNAVAILABLE.withDescription("Injected fault: " + operation + " is unavailable"),
                    Outcome.FAILED);
        }
        try {
            return action.get();
        } catch (RuntimeException e) {
            // Most likely a write hook that threw; tell the client rather than leave it hanging.
            // UNKNOWN rather than INTERNAL, because the SDK would retry INTERNAL.
            return Reply.error(
                    Status.UNKNOWN.withDescription("Local server error: " + e).withCause(e), Outcome.FAILED);
        }
    }
}
