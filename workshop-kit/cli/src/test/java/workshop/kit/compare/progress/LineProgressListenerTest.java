package workshop.kit.compare.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineProgressListenerTest {
    @Test
    void oneLineAtEveryTenthAndNoCarriageReturns() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        LineProgressListener progress = new LineProgressListener(new PrintStream(bytes, true, StandardCharsets.UTF_8));
        progress.stepStarted("step-2", 1000, "req");
        for (int done = 1; done <= 1000; done++) {
            progress.progressed(done, done + " requests");
        }
        progress.stepFinished();

        String out = bytes.toString(StandardCharsets.UTF_8);
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines()).hasSize(10).first().isEqualTo("step-2: 10% (100 requests)");
        assertThat(out.lines()).last().isEqualTo("step-2: 100% (1000 requests)");
    }
}
