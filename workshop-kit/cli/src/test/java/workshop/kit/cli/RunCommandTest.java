package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A port that is not one gets one line naming the flag and exit code 2, before anything starts. */
class RunCommandTest {
    @ParameterizedTest
    @ValueSource(ints = {-1, 65_536, 99_999})
    void aPortOutOfRangeIsOneLineAndExitCode2(int port) {
        InProcessCli run = InProcessCli.execute("run", "step-2", "--port", Integer.toString(port));
        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.stderr())
                .isEqualTo("--port " + port + " is not a port: give a number from 1 to 65535, e.g. --port 3001."
                        + System.lineSeparator());
        assertThat(run.stdout()).as("nothing started").isEmpty();
    }
}
