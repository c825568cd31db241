package workshop.kit.momento;

import io.grpc.Status;
import io.grpc.stub.StreamObserver;
import java.time.Duration;
import java.util.Optional;

/**
 * What handling one call produced: the answer for the client (a response, or an error status)
 * and what goes into the operations log.
 *
 * @param response the response message; null when {@code status} is an error
 * @param status {@link Status#OK}, or the error the client gets
 * @param outcome the outcome to log
 * @param ttl the TTL to log (see {@link CacheOperation#ttl()})
 */
record Reply<R>(R response, Status status, Outcome outcome, Optional<Duration> ttl) {

    static <R> Reply<R> answer(R response, Outcome outcome) {
        return new Reply<>(response, Status.OK, outcome, Optional.empty());
    }

    static <R> Reply<R> answer(R response, Outcome outcome, Duration ttl) {
        return new Reply<>(response, Status.OK, outcome, Optional.of(ttl));
    }

    static <R> Reply<R> error(Status status, Outcome outcome) {
        return new Reply<>(null, status, outcome, Optional.empty());
    }

    void sendTo(StreamObserver<R> observer) {
        if (status.isOk()) {
            observer.onNext(response);
            observer.onCompleted();
        } else {
            observer.onError(status.asRuntimeException());
        }
    }
}
