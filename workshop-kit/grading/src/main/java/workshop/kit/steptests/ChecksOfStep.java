package workshop.kit.steptests;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a step module's test class: running it runs that step's checks ({@link StepChecksEngine})
 * on the module's code, as the build compiled it. {@code @Testable} tells IDEs that the class can
 * be run as a test, so they offer to run it.
 *
 * <pre>{@code
 * @ChecksOfStep("step-2")
 * class Step2ChecksTest {}
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
public @interface ChecksOfStep {
  /** The step's name in workshop-kit/steps.yaml: "step-2". */
  String value();
}
