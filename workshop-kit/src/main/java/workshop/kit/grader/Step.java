package workshop.kit.grader;

/**
 * One step of the workshop.
 *
 * @param number 1, 2, 3
 * @param name what learners type: {@code step-1}
 * @param module the step's module directory: {@code step-1-no-cache}
 * @param title what the scorecard calls it
 */
public record Step(int number, String name, String module, String title) {

  /** The package of the step's code and checks; each step has its own, so one JVM can hold them all. */
  public String packageName() {
    return "workshop.step" + number;
  }
}
