package workshop.kit.steptests;

import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * A step in the test tree: its tasks, then the checks of earlier work it keeps passing.
 *
 * @param stepName the step's name in the manifest: "step-2"
 */
final class StepNode extends AbstractTestDescriptor {
    private final String stepName;

    StepNode(UniqueId id, String stepName, String title, TestSource source) {
        super(id, title, source);
        this.stepName = stepName;
    }

    /** "Step 2: Read-aside caching", as the scorecard heads it. */
    static String title(int number, String title) {
        return "Step " + number + ": " + title;
    }

    String stepName() {
        return stepName;
    }

    /** A step node's name is the step's, never a class name: it reads the same in every report. */
    @Override
    public String getLegacyReportingName() {
        return getDisplayName();
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    static Optional<StepNode> of(org.junit.platform.engine.TestDescriptor descriptor) {
        return descriptor instanceof StepNode node ? Optional.of(node) : Optional.empty();
    }
}
