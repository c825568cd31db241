package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.TreeSet;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The scorecard shows the first failing check as the one to fix, so every check has its place: an
 * {@code @Order} of its own within its class. Without one, JUnit would put it after the others.
 */
class CheckOrderTest {
    @Test
    void everyCheckHasAnOrderOfItsOwn() throws ClassNotFoundException {
        TreeSet<String> classes = new TreeSet<>();
        for (Step step : Steps.load(Steps.repositoryRoot()).all()) {
            classes.addAll(step.checkClasses());
        }
        for (String name : classes) {
            List<Method> checks = Arrays.stream(
                            Class.forName("workshop.kit.checks." + name).getDeclaredMethods())
                    .filter(method -> method.isAnnotationPresent(Test.class))
                    .toList();
            assertThat(checks).as("checks of %s", name).isNotEmpty();
            assertThat(checks)
                    .as("checks of %s without @Order", name)
                    .allMatch(method -> method.isAnnotationPresent(Order.class));
            assertThat(checks.stream()
                            .map(method -> method.getAnnotation(Order.class).value()))
                    .as("@Order values of %s", name)
                    .doesNotHaveDuplicates();
        }
    }
}
