package workshop.kit.steptests;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/** A task of the step (or the group of earlier work it keeps passing), holding its checks. */
final class GroupNode extends AbstractTestDescriptor {
    GroupNode(UniqueId id, String heading) {
        super(id, heading);
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }
}
