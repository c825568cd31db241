package workshop.accounts.data;

/** A create found its item already there (a conditional write failed); nothing was written. */
public final class AlreadyExistsException extends RuntimeException {
    public AlreadyExistsException(String message) {
        super(message);
    }
}
