package workshop.kit.momento;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class ManualClockTest {

    @Test
    void startsAtAFixedInstantAndMovesOnlyWhenAdvanced() {
        ManualClock clock = new ManualClock();
        assertThat(clock.now()).isEqualTo(ManualClock.DEFAULT_START);
        assertThat(clock.nanos()).isZero();

        clock.advance(Duration.ofMillis(1500));

        assertThat(clock.now()).isEqualTo(ManualClock.DEFAULT_START.plusMillis(1500));
        assertThat(clock.nanos()).isEqualTo(1_500_000_000L);
    }

    @Test
    void neverGoesBack() {
        assertThatThrownBy(() -> new ManualClock().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void advancesToAReadingButNeverBack() {
        ManualClock clock = new ManualClock();
        clock.advanceTo(5_000);
        assertThat(clock.nanos()).isEqualTo(5_000);

        clock.advanceTo(3_000); // a reading already passed: time stays
        assertThat(clock.nanos()).isEqualTo(5_000);
        assertThat(clock.now()).isEqualTo(ManualClock.DEFAULT_START.plusNanos(5_000));
    }
}
