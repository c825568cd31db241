package workshop.kit.steptests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a step module's test: running it runs that step's checks ({@link StepChecksEngine}) on the
 * module's code, as the build compiled it. It goes on a method of the test class (every IDE offers
 * to run a method marked {@code @Testable}) or on the class itself; the method's body is never run.
 *
 * <pre>{@code
 * class Step2ChecksTest {
 *   @ChecksOfStep("step-2")
 *   void checks() {}
 * }
 * }</pre>
 */
@Target({ElementType.METHOD, ElementType.TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
public @interface ChecksOfStep {
    /** The step's name in workshop-kit/steps.yaml: "step-2". */
    String value();
}
