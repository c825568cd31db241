package workshop.kit.steptests;

import org.opentest4j.TestAbortedException;

/**
 * A check reported as skipped (aborted, in JUnit's words): one that cannot run on these backends,
 * and a failing check of a bonus task, which never fails a build. Its message says which and why;
 * it carries no stack trace.
 */
final class CheckNotRun extends TestAbortedException {
    CheckNotRun(String message) {
        super(message);
    }

    @Override
    public synchronized Throwable fillInStackTrace() {
        return this;
    }
}
