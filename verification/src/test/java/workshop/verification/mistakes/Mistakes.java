package workshop.verification.mistakes;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import workshop.kit.steps.Step;

/** The typical learner mistakes and valid variants of {@code mistakes.yaml}, and the checks they name. */
final class Mistakes {
    static final String FILE = "mistakes.yaml";
    private static final String CHECKS_PACKAGE = "workshop.kit.checks.";

    private Mistakes() {}

    private record MistakeList(List<Mistake> mistakes) {}

    static List<Mistake> load() {
        ObjectMapper yaml =
                new ObjectMapper(new YAMLFactory()).enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        try (InputStream in = Mistakes.class.getClassLoader().getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException(
                        FILE + " is not on the test classpath (verification/src/test/resources)");
            }
            return List.copyOf(yaml.readValue(in, MistakeList.class).mistakes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + FILE + ": " + e.getMessage(), e);
        }
    }

    /** Every check of the step, display name to the simple name of its class. */
    static Map<String, String> checksOf(Step step) {
        Map<String, String> checks = new LinkedHashMap<>();
        for (String checkClass : step.checkClasses()) {
            try {
                for (Method method : Class.forName(CHECKS_PACKAGE + checkClass).getDeclaredMethods()) {
                    DisplayName name = method.getAnnotation(DisplayName.class);
                    if (name != null) {
                        checks.put(name.value(), checkClass);
                    }
                }
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(
                        "steps.yaml names " + checkClass + ", which is no class of " + CHECKS_PACKAGE, e);
            }
        }
        return checks;
    }

    /** The classes to grade for a mistake: those it names, and those holding the checks it names. */
    static List<String> classesNamedBy(Mistake mistake, Step step) {
        Map<String, String> checks = checksOf(step);
        Set<String> classes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (String name : mistake.caughtBy()) {
            if (step.checkClasses().contains(name)) {
                classes.add(name);
            } else if (checks.containsKey(name)) {
                classes.add(checks.get(name));
            } else {
                unknown.add(name);
            }
        }
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException(mistake.id()
                    + " names what is no check (display name) or class of checks of " + step.name() + ": " + unknown);
        }
        return List.copyOf(classes);
    }
}
