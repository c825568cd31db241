package workshop.kit.momento;

import java.time.Duration;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Faults a check injects into the local Momento server to simulate an outage or a slow network.
 *
 * <p>A fault applies before the operation takes effect: a failed set stores nothing, and a call
 * whose delay outlasts the client's deadline is dropped. Faulted calls are still logged, with
 * outcome {@link Outcome#FAILED} or {@link Outcome#TIMED_OUT}. Calling a method with no operations
 * means every operation, which is the quickest way to say "Momento is down".
 *
 * <p>Keep in mind that the Momento SDK retries idempotent calls (GET, SET, DELETE, ITEM_GET_TTL,
 * KEYS_EXIST) that answer UNAVAILABLE, so one SDK call may show up as several FAILED lines.
 * SET_IF_NOT_EXISTS is not retried.
 */
public final class Faults {

    private final Set<Operation> failing = EnumSet.noneOf(Operation.class);
    private final Map<Operation, RandomFailure> failingRandomly = new EnumMap<>(Operation.class);
    private final Map<Operation, Duration> delays = new EnumMap<>(Operation.class);

    /** Every call of these operations answers UNAVAILABLE until {@link #clear()}. */
    public synchronized void fail(Operation... operations) {
        failing.addAll(selected(operations));
        announce("every " + names(operations) + " of the local Momento server fails");
    }

    /**
     * A share (0.0 to 1.0) of the calls of these operations answers UNAVAILABLE. The choice comes
     * from a {@link Random} with the given seed, shared by the listed operations, so the same
     * sequence of calls fails the same way on every run.
     */
    public synchronized void failRandomly(double share, long seed, Operation... operations) {
        if (share < 0.0 || share > 1.0) {
            throw new IllegalArgumentException("share must be between 0 and 1, was " + share);
        }
        RandomFailure failure = new RandomFailure(share, new Random(seed));
        selected(operations).forEach(operation -> failingRandomly.put(operation, failure));
        announce(Math.round(share * 100) + "% of " + names(operations) + " of the local Momento server fail");
    }

    /**
     * Calls of these operations are answered only after {@code delay} (real time, not the manual
     * clock), long enough to exceed the client's deadline if you want a timeout.
     */
    public synchronized void delay(Duration delay, Operation... operations) {
        if (delay.isNegative()) {
            throw new IllegalArgumentException("delay must not be negative, was " + delay);
        }
        selected(operations).forEach(operation -> delays.put(operation, delay));
        announce("every " + names(operations) + " of the local Momento server answers only after " + delay.toMillis()
                + " ms");
    }

    /**
     * Says so in the output, where the service's own log lines land too: an error logged after this
     * line was caused on purpose, not by the code under check.
     */
    private static void announce(String fault) {
        System.out.println("[fault injected on purpose] " + fault);
    }

    private String names(Operation... operations) {
        return operations.length == 0
                ? "call"
                : String.join(
                        ", ", selected(operations).stream().map(Operation::name).toList());
    }

    /** Removes every fault: the server behaves normally again. */
    public synchronized void clear() {
        failing.clear();
        failingRandomly.clear();
        delays.clear();
    }

    /** Decides whether this call fails; a random failure draws its next number here. */
    synchronized boolean shouldFail(Operation operation) {
        if (failing.contains(operation)) {
            return true;
        }
        RandomFailure failure = failingRandomly.get(operation);
        return failure != null && failure.strikes();
    }

    /** How long to hold this call before handling it; zero when it is not delayed. */
    synchronized Duration delayFor(Operation operation) {
        return delays.getOrDefault(operation, Duration.ZERO);
    }

    private static Set<Operation> selected(Operation... operations) {
        return operations.length == 0 ? EnumSet.allOf(Operation.class) : EnumSet.copyOf(Arrays.asList(operations));
    }

    /** A seeded coin that comes up "fail" for about {@code share} of the throws. */
    private record RandomFailure(double share, Random random) {
        boolean strikes() {
            return random.nextDouble() < share;
        }
    }
}
