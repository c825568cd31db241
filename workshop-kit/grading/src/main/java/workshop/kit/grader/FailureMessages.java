package workshop.kit.grader;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import workshop.kit.WorkshopException;

/**
 * Turns what a failed check threw into a few lines a learner can act on: the assertion's own
 * message (the checks write those for learners: the request, the answer, what was expected and
 * why), a {@link WorkshopException}'s message (which says what to do), or for anything else what
 * crashed and where in the workshop's code. Never a whole stack trace.
 */
final class FailureMessages {
    static final int MAX_LINES = 6;

    String describe(Throwable thrown) {
        if (thrown instanceof AssertionError) {
            return firstLines(String.valueOf(thrown.getMessage()));
        }
        if (thrown instanceof WorkshopException) {
            // Written for the learner already: it says what is wrong and what to do.
            return firstLines(thrown.getMessage());
        }
        String crash = "crashed with " + thrown.getClass().getName() + ": " + thrown.getMessage();
        return firstLines(crash)
                + firstWorkshopFrame(thrown).map(frame -> "\n  at " + frame).orElse("");
    }

    private static String firstLines(String text) {
        List<String> lines = text.strip().lines().collect(Collectors.toList());
        if (lines.size() <= MAX_LINES) {
            return String.join("\n", lines);
        }
        return String.join("\n", lines.subList(0, MAX_LINES)) + "\n...";
    }

    /** Where the workshop's own code (the learner's included) was when it crashed. */
    private static Optional<StackTraceElement> firstWorkshopFrame(Throwable thrown) {
        for (Throwable t = thrown; t != null; t = t.getCause()) {
            Optional<StackTraceElement> frame = Arrays.stream(t.getStackTrace())
                    .filter(element -> element.getClassName().startsWith("workshop."))
                    .findFirst();
            if (frame.isPresent()) {
                return frame;
            }
        }
        return Optional.empty();
    }
}
