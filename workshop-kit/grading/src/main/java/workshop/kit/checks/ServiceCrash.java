package workshop.kit.checks;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds, in what the service logged during one request, the unexpected exception behind a 500 and
 * the first place in a step's code (package {@code workshop.stepN}) it went through, so a failed
 * check can say "NoSuchElementException: No value present (AccountRepository.java:65)" instead of
 * a bare 500.
 */
final class ServiceCrash {
    /** "java.util.NoSuchElementException: No value present", or "Caused by: ..." */
    private static final Pattern EXCEPTION =
            Pattern.compile("^(?:Caused by: )?((?:[\\w$]+\\.)*([\\w$]+(?:Exception|Error)))(?:: (.*))?$");
    /** "\tat workshop.step1.AccountRepository.getMembership(AccountRepository.java:65)" */
    private static final Pattern STEP_FRAME =
            Pattern.compile("^\\s+at workshop\\.step\\d+\\.[\\w$.]+\\(([\\w$]+\\.java:\\d+)\\)");

    private ServiceCrash() {}

    static Optional<String> in(String log) {
        List<String> lines = log.lines().toList();
        String exception = null;
        for (String line : lines) {
            Matcher thrown = EXCEPTION.matcher(line);
            if (thrown.matches()) {
                exception = thrown.group(2) + (thrown.group(3) == null ? "" : ": " + shorten(thrown.group(3)));
                continue;
            }
            Matcher frame = STEP_FRAME.matcher(line);
            if (frame.find() && exception != null) {
                return Optional.of(exception + " (" + frame.group(1) + ")");
            }
        }
        return Optional.ofNullable(exception);
    }

    private static String shorten(String message) {
        return message.length() > 160 ? message.substring(0, 160) + "..." : message;
    }
}
