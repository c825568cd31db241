package workshop.kit.checks;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * Marks a class of checks as one task of a step: the work a learner does, the title the scorecard
 * shows, and the docs section that serves as its hint. Classes without it check behaviour that
 * earlier steps already built and that must keep working.
 *
 * <p>The {@code task} tag lets the instructor build run just these checks on each starter, where
 * every one of them must fail.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Inherited
@Tag("task")
public @interface Task {
  /** The step this task belongs to: 1, 2 or 3. */
  int step();

  /** The task's number within its step. */
  int number();

  /** What the learner does, as the scorecard shows it. */
  String title();

  /** The docs section that explains the task, relative to the repository root. */
  String docs();

  /** A bonus task: shown on the scorecard, but a step is complete without it. */
  boolean bonus() default false;
}
