package workshop.kit.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import workshop.kit.momento.ManualClock;

class ClockControlTest {
    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);
    private final ManualClock clock = new ManualClock();
    private final ClockControl control = new ClockControl(Optional.of(clock), out);

    private String printed() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    @Test
    void readsWholeAndFractionalSeconds() {
        assertThat(ClockControl.parseSeconds("60")).isEqualTo(Duration.ofSeconds(60));
        assertThat(ClockControl.parseSeconds(" 1.5 ")).isEqualTo(Duration.ofMillis(1500));
        assertThat(ClockControl.parseSeconds("0")).isZero();
        assertThat(ClockControl.parseSeconds("31536000")).isEqualTo(Duration.ofDays(365));
    }

    @ParameterizedTest
    @ValueSource(strings = {"-1", "abc", "1e3", "NaN", "Infinity", "60s", "+60", "0x10", "1.", ".5", "1,5", "６０"})
    void refusesWhatIsNotANonNegativeNumberOfSeconds(String text) {
        assertThatThrownBy(() -> ClockControl.parseSeconds(text))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is not a number of seconds");
    }

    @Test
    void refusesNothingAndMoreThanAYear() {
        assertThatThrownBy(() -> ClockControl.parseSeconds("")).hasMessageContaining("Say how many seconds");
        assertThatThrownBy(() -> ClockControl.parseSeconds(null)).hasMessageContaining("Say how many seconds");
        assertThatThrownBy(() -> ClockControl.parseSeconds("31536000.5")).hasMessageContaining("more than a year");
        assertThatThrownBy(() -> ClockControl.parseSeconds("999999999999")).hasMessageContaining("more than a year");
    }

    @Test
    void aMoveAdvancesTheClockAndSaysSo() {
        control.advance(Duration.ofSeconds(60), "typed +60");
        Duration skew = control.advance(Duration.ofMillis(1500), "POST /_workshop/clock");

        assertThat(clock.nanos()).isEqualTo(Duration.ofMillis(61_500).toNanos());
        assertThat(skew).isEqualTo(Duration.ofMillis(61_500));
        assertThat(control.skew()).isEqualTo(skew);
        assertThat(printed())
                .contains(
                        "Cache clock moved 60 s forward (typed +60); it is now 60 s ahead of real time.",
                        "Cache clock moved 1.5 s forward (POST /_workshop/clock); it is now 61.5 s ahead of real time.");
    }

    @Test
    void onRealMomentoThereIsNoClockToMove() {
        ClockControl none = new ClockControl(Optional.empty(), out);
        assertThat(none.canMove()).isFalse();
        assertThatThrownBy(() -> none.advance(Duration.ofSeconds(60), "typed +60"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("MOMENTO_API_KEY");
    }

    @Test
    void theConsoleMovesTheClockForPlusN() {
        ClockConsole console = new ClockConsole(control, out);
        console.readAll(new ByteArrayInputStream("+60\n  +2.5  \n\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(clock.nanos()).isEqualTo(Duration.ofMillis(62_500).toNanos());
        assertThat(printed()).contains("(typed +60)", "(typed +2.5)").doesNotContain(ClockConsole.HELP);
    }

    @Test
    void theConsoleAnswersOtherLinesWithOneLineOfHelpAndMovesNothing() {
        ClockConsole console = new ClockConsole(control, out);
        console.readAll(
                new ByteArrayInputStream("hello\n60\n+abc\n+-5\n+99999999999\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(clock.nanos()).isZero();
        assertThat(printed().lines()).hasSize(5).allMatch(line -> line.endsWith(ClockConsole.HELP));
        assertThat(printed().lines().toList().get(2)).startsWith("'abc' is not a number of seconds");
        assertThat(printed().lines().toList().get(4)).contains("more than a year");
    }

    @Test
    void theConsoleEndsQuietlyWithoutATerminal() throws InterruptedException {
        ClockConsole console = new ClockConsole(control, out);
        Thread reader = console.startReading(new ByteArrayInputStream(new byte[0]));
        reader.join(5_000);

        assertThat(reader.isAlive()).isFalse();
        assertThat(reader.isDaemon()).isTrue();
        assertThat(printed()).isEmpty();
    }
}
