package workshop.kit.momento;

import java.time.Duration;
import java.time.Instant;

/**
 * The time the local Momento server lives by: it expires entries and stamps its operations log
 * with it.
 *
 * <p>Two kinds exist. Checks and {@code compare} use a {@link ManualClock}, which stands still
 * until they move it, so a 60 s TTL runs out exactly when a check says. {@code ./workshop run}
 * uses a {@link WallClock}, on which a 60 s entry is gone 60 real seconds later, as on Momento,
 * and which a learner can still move forward to skip the wait.
 */
public interface CacheClock {

    /** The current instant, for the operations log. */
    Instant now();

    /**
     * Nanoseconds since the clock started. Never goes back, as Caffeine's {@code Ticker} requires,
     * and as entries that expired must stay expired.
     */
    long nanos();

    /** Moves the clock forward by {@code duration}, which must not be negative. */
    void advance(Duration duration);
}
