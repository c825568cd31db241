package workshop.verification.robustness;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Prints a robustness test's figures as one line, {@code ROBUSTNESS: <test> key=value ...}, so the
 * figures of a whole build can be collected with {@code grep '^ROBUSTNESS:'}.
 */
public final class Figures {
    private final String test;
    private final Map<String, Object> values = new LinkedHashMap<>();

    private Figures(String test) {
        this.test = test;
    }

    public static Figures of(String test) {
        return new Figures(test);
    }

    public Figures put(String name, Object value) {
        values.put(name, value);
        return this;
    }

    public String line() {
        return "ROBUSTNESS: " + test + " "
                + values.entrySet().stream()
                        .map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" "));
    }

    /** Prints the line on standard output and returns it. */
    public String print() {
        String line = line();
        System.out.println(line);
        return line;
    }
}
