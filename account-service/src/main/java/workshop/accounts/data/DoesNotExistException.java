package workshop.accounts.data;

/** An update or delete found no item to change (a conditional write failed); nothing was written. */
public final class DoesNotExistException extends RuntimeException {
    public DoesNotExistException(String message) {
        super(message);
    }
}
