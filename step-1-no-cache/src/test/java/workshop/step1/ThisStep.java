package workshop.step1;

import workshop.kit.checks.StepChecks.HandlerFactory;

/**
 * How the checks build this step's Lambda handler: by its class name, the one serverless.yml
 * names, as the Lambda runtime does. So the checks compile whatever state your code is in, and a
 * plain {@code ./mvnw verify} can run them on the reference solution even while yours does not
 * compile.
 */
public final class ThisStep {
  public static final HandlerFactory HANDLER = HandlerFactory.byClassName("workshop.step1.Handler");

  private ThisStep() {}
}
