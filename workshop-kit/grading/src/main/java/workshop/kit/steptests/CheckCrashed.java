package workshop.kit.steptests;

/**
 * A check that could not finish: something threw before it could judge (the grader's message says
 * what, and where in the workshop's code). Reported as an error, not a failure, as JUnit reports a
 * test that crashes; like {@link CheckFailed} it carries no stack trace of its own.
 */
final class CheckCrashed extends RuntimeException {
    CheckCrashed(String message) {
        super(message, null, false, false);
    }
}
