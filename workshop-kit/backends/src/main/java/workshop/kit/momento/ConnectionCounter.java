package workshop.kit.momento;

import io.grpc.Attributes;
import io.grpc.ServerTransportFilter;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Counts the transport (TCP/HTTP2) connections the server has accepted.
 *
 * <p>Checks use it to see whether code reuses one Momento client or builds a new one, with a new
 * connection, on every request: an expensive mistake in a Lambda function.
 */
final class ConnectionCounter extends ServerTransportFilter {

    private final AtomicInteger opened = new AtomicInteger();

    @Override
    public Attributes transportReady(Attributes transportAttrs) {
        opened.incrementAndGet();
        return transportAttrs;
    }

    int opened() {
        return opened.get();
    }
}
