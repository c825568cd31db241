package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Bad flags get one line naming the flag and exit code 2, before anything starts. */
class CompareCommandTest {
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "--ttl-sweep=5,abc          | --ttl-sweep takes numbers of seconds; 'abc' is not one.",
                "--ttl-sweep=0,60           | --ttl-sweep takes TTLs above 0 seconds, not 0.",
                "--ttl-sweep=5,-15          | --ttl-sweep takes TTLs above 0 seconds, not -15.",
                "--ttl-sweep=5,,60          | --ttl-sweep takes numbers of seconds; '' is not one.",
                "--race-share=1.5           | --race-share must lie in 0..1",
                "--race-share=-0.1          | --race-share must lie in 0..1",
                "--foreign-writes=1.5       | --foreign-writes must lie in 0..1 (the share of writes made straight to DynamoDB, behind the service's back), not 1.5.",
                "--foreign-writes=-0.2      | --foreign-writes must lie in 0..1",
                "--foreign-writes=NaN       | --foreign-writes must lie in 0..1",
                "--requests=5000000000      | --requests 5000000000 needs about",
                "--requests=0               | --requests must be at least 1",
            })
    void badInputIsOneLineNamingTheFlagAndExitCode2(String flag, String message) {
        InProcessCli compare = InProcessCli.execute("compare", flag.strip());
        assertThat(compare.exitCode()).isEqualTo(2);
        assertThat(compare.stderr()).startsWith(message.strip()).hasLineCount(1);
        assertThat(compare.stdout()).as("nothing started").isEmpty();
    }

    @Test
    void theCommandIsRecordedAsTyped() {
        assertThat(CompareCommand.commandAsTyped(
                        List.of("compare", "--json", "docs/figures/compare.json", "--ttl-sweep", "5,60")))
                .isEqualTo("./workshop compare --json docs/figures/compare.json --ttl-sweep 5,60");
        assertThat(CompareCommand.commandAsTyped(List.of("compare", "--html", "my report.html")))
                .isEqualTo("./workshop compare --html 'my report.html'");
    }
}
