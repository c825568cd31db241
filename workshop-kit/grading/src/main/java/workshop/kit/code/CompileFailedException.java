package workshop.kit.code;

import java.util.List;
import workshop.kit.WorkshopException;

/** The step's code does not compile; the message holds the compiler's errors and what to do. */
public final class CompileFailedException extends WorkshopException {
    private final List<String> errors;
    private final String errorsAndWhose;

    public CompileFailedException(String what, List<String> errors) {
        super(errorsAndWhose(what, errors)
                + " Fix it and run the same command again; ./workshop reset step-N puts the starter back.");
        this.errors = List.copyOf(errors);
        this.errorsAndWhose = errorsAndWhose(what, errors);
    }

    public List<String> errors() {
        return errors;
    }

    /** The compiler's errors and which code they are about, without the advice on what to run next. */
    public String errorsAndWhose() {
        return errorsAndWhose;
    }

    private static String errorsAndWhose(String what, List<String> errors) {
        return String.join("\n\n", errors) + "\n\n" + what
                + " does not compile (above: file, [line,column] and what the compiler says).";
    }
}
