package workshop.kit.momento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class WallClockTest {
    private static final Instant START = Instant.parse("2030-01-01T00:00:00Z");
    private final AtomicLong ticks = new AtomicLong(5_000_000_000L); // any reading: only differences count
    private final WallClock clock = new WallClock(ticks::get, START);

    @Test
    void runsWithItsTimeSource() {
        assertThat(clock.nanos()).isZero();
        ticks.addAndGet(Duration.ofSeconds(42).toNanos());
        assertThat(clock.nanos()).isEqualTo(Duration.ofSeconds(42).toNanos());
        assertThat(clock.now()).isEqualTo(START.plusSeconds(42));
    }

    @Test
    void advancingPutsItAheadOfItsTimeSourceForGood() {
        clock.advance(Duration.ofSeconds(60));
        ticks.addAndGet(Duration.ofSeconds(1).toNanos());

        assertThat(clock.nanos()).isEqualTo(Duration.ofSeconds(61).toNanos());
        assertThat(clock.offset()).isEqualTo(Duration.ofSeconds(60));
        assertThat(clock.now()).isEqualTo(START.plusSeconds(61));
    }

    @Test
    void neverMovesBack() {
        assertThatThrownBy(() -> clock.advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("only moves forward");
        assertThat(clock.nanos()).isZero();
    }

    @Test
    void theDefaultRunsOnRealTime() {
        WallClock real = new WallClock();
        long before = real.nanos();
        long spin = System.nanoTime();
        while (System.nanoTime() - spin < 1_000_000) {
            Thread.onSpinWait(); // a millisecond of real time, without sleeping
        }
        assertThat(real.nanos() - before).isGreaterThanOrEqualTo(1_000_000);
        assertThat(real.now())
                .isBetween(Instant.now().minusSeconds(5), Instant.now().plusSeconds(5));
    }
}
