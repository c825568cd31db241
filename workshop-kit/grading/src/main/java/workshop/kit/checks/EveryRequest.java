package workshop.kit.checks;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a check of something every request must do, whichever path it takes through the
 * learner's {@code AccountRepository}: build no client of its own, await its cache calls, survive a
 * failing cache, use the shared keys, store with the step's TTL. Such a check must send requests
 * that call every method of {@code AccountStore} (reads, each write, and the permission lookups
 * inside writes; {@link StepChecks#everyKindOfRequest} does), or a mistake made on the one path it
 * skips passes unseen.
 *
 * <p>The kit's {@code EveryRequestCoverageTest} holds every check so marked to that: it runs each
 * one on every step's reference solution with a store that counts its calls, and fails, naming
 * the method, when a method of {@code AccountStore} was never called.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface EveryRequest {}
