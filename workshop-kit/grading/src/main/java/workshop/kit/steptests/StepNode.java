package workshop.kit.steptests;

import java.util.Optional;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import workshop.kit.steps.Step;

/** A step in the test tree: its tasks, then the checks of earlier work it keeps passing. */
final class StepNode extends AbstractTestDescriptor {
  private final Step step;

  StepNode(UniqueId id, Step step, TestSource source) {
    super(id, "Step " + step.number() + ": " + step.title(), source);
    this.step = step;
  }

  Step step() {
    return step;
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
