package workshop.kit.compare;

import java.time.Duration;
import java.util.concurrent.locks.LockSupport;
import workshop.kit.momento.CacheClock;
import workshop.kit.momento.ManualClock;

/**
 * Moves the local Momento server's {@link ManualClock} forward in step with wall time, {@code
 * factor} times faster, while a step's workload runs: with a factor of 60, a 60 s TTL runs out in
 * one second of wall time. Every timestamp of the run is read from the same clock, so staleness
 * and TTLs are measured in the same (simulated) seconds. Between runs the clock stands still.
 */
public final class SimulatedTime {
  private static final long TICK_NANOS = 1_000_000; // 1 ms of wall time

  private final CacheClock clock;
  private final int factor;
  private volatile boolean running;
  private Thread ticker;
  private long wallStart;
  private long advanced;

  public SimulatedTime(CacheClock clock, int factor) {
    if (factor < 1) {
      throw new IllegalArgumentException("The speed-up must be at least 1, not " + factor);
    }
    this.clock = clock;
    this.factor = factor;
  }

  public int factor() {
    return factor;
  }

  /** The instant the clock showed at 0 nanoseconds. */
  public java.time.Instant origin() {
    long nanos = clock.nanos();
    return clock.now().minusNanos(nanos);
  }

  /** The clock's reading in nanoseconds since its start. */
  public long now() {
    return clock.nanos();
  }

  public synchronized void start() {
    if (running) {
      return;
    }
    wallStart = System.nanoTime();
    advanced = 0;
    running = true;
    ticker = new Thread(this::tick, "compare-simulated-time");
    ticker.setDaemon(true);
    ticker.start();
  }

  /** Stops the clock after a last catch-up, so it stands where wall time says. */
  public synchronized void stop() {
    if (!running) {
      return;
    }
    running = false;
    try {
      ticker.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    catchUp();
  }

  private void tick() {
    while (running) {
      catchUp();
      LockSupport.parkNanos(TICK_NANOS);
    }
  }

  private void catchUp() {
    long target = (System.nanoTime() - wallStart) * factor;
    long delta = target - advanced;
    if (delta > 0) {
      clock.advance(Duration.ofNanos(delta));
      advanced = target;
    }
  }
}
