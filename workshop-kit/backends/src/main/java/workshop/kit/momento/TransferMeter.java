package workshop.kit.momento;

import com.google.protobuf.MessageLite;
import io.grpc.ForwardingServerCall;
import io.grpc.ForwardingServerCallListener;
import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.ServerCallHandler;
import io.grpc.ServerInterceptor;
import java.util.concurrent.atomic.LongAdder;

/**
 * Adds up the serialized size of every request and answer of the data plane, so a comparison can
 * estimate what the traffic would cost where the cache is priced per GB transferred. Headers and
 * gRPC framing are left out: only the messages (keys, values, TTLs) are counted.
 */
final class TransferMeter implements ServerInterceptor {

    private final LongAdder bytes = new LongAdder();

    long bytes() {
        return bytes.sum();
    }

    @Override
    public <Q, A> ServerCall.Listener<Q> interceptCall(
            ServerCall<Q, A> call, Metadata headers, ServerCallHandler<Q, A> next) {
        ServerCall<Q, A> countingAnswers = new ForwardingServerCall.SimpleForwardingServerCall<>(call) {
            @Override
            public void sendMessage(A message) {
                count(message);
                super.sendMessage(message);
            }
        };
        return new ForwardingServerCallListener.SimpleForwardingServerCallListener<>(
                next.startCall(countingAnswers, headers)) {
            @Override
            public void onMessage(Q message) {
                count(message);
                super.onMessage(message);
            }
        };
    }

    private void count(Object message) {
        if (message instanceof MessageLite protobuf) {
            bytes.add(protobuf.getSerializedSize());
        }
    }
}
