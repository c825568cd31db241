package workshop.kit;

/**
 * A problem the learner can fix, with a message that says how. The CLI prints just the message,
 * never a stack trace.
 */
public class WorkshopException extends RuntimeException {
    public WorkshopException(String message) {
        super(message);
    }
}
