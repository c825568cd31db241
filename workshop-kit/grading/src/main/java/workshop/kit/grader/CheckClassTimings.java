package workshop.kit.grader;

import java.util.HashMap;
import java.util.Map;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import workshop.kit.Timings;

/** How long each class of checks took, set-up included, for {@link Timings} (the learner-loop benchmark). */
final class CheckClassTimings implements TestExecutionListener {
    private final Map<String, Long> started = new HashMap<>();

    @Override
    public void executionStarted(TestIdentifier identifier) {
        if (identifier.getSource().orElse(null) instanceof ClassSource) {
            started.put(identifier.getUniqueId(), System.currentTimeMillis());
        }
    }

    @Override
    public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
        Long start = started.remove(identifier.getUniqueId());
        if (start != null && identifier.getSource().orElse(null) instanceof ClassSource type) {
            Timings.record(
                    "  checks "
                            + type.getClassName().substring(type.getClassName().lastIndexOf('.') + 1),
                    start);
        }
    }
}
