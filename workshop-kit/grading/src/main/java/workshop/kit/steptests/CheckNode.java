package workshop.kit.steptests;

import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;

/**
 * One check, named by its display name everywhere: in the IDE's tree, in Maven's console and in
 * the XML reports (a descriptor's legacy reporting name is its display name).
 *
 * @param checkClass the class of checks it belongs to, to find its verdict among the step's
 */
final class CheckNode extends AbstractTestDescriptor {
    private final String checkClass;

    CheckNode(UniqueId id, String checkClass, String name) {
        super(id, name);
        this.checkClass = checkClass;
    }

    String checkClass() {
        return checkClass;
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }
}
