package workshop.kit.grader;

import java.io.PrintStream;
import java.util.Optional;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * After {@code ./mvnw test} or {@code verify} runs a step's checks, says whose code they ran on:
 * the build checks the reference solution (or the untouched starter), never the learner's work,
 * so a green build says nothing about the learner's progress.
 *
 * <p>The JUnit Platform finds this listener through {@code
 * META-INF/services/org.junit.platform.launcher.TestExecutionListener}; the parent pom's Surefire
 * set-up passes the system properties it reads. Without them (the kit's own tests, the grader) it
 * prints nothing.
 */
public final class CheckedCodeBanner implements TestExecutionListener {
  static final String CHECKED_CODE = "workshop.checked.code";
  static final String STEP_MODULE = "workshop.step.module";

  private final PrintStream out;

  /** Used by the JUnit Platform's service loader. */
  public CheckedCodeBanner() {
    this(System.out);
  }

  CheckedCodeBanner(PrintStream out) {
    this.out = out;
  }

  @Override
  public void testPlanExecutionFinished(TestPlan testPlan) {
    banner(System.getProperty(CHECKED_CODE), System.getProperty(STEP_MODULE)).ifPresent(out::println);
  }

  /** The banner for these property values; empty when the checked code is not named. */
  static Optional<String> banner(String checkedCode, String stepModule) {
    if (checkedCode == null || checkedCode.isBlank()) {
      return Optional.empty();
    }
    String rule = "-".repeat(72);
    return Optional.of(
        rule + System.lineSeparator()
            + "These checks ran on " + checkedCode + "." + System.lineSeparator()
            + "To grade your own code: ./workshop check " + stepName(stepModule) + System.lineSeparator()
            + rule);
  }

  /** "step-2-read-aside" -> "step-2"; "step-N" when the module is unknown. */
  static String stepName(String stepModule) {
    if (stepModule != null && stepModule.matches("step-\\d+(-.*)?")) {
      String[] parts = stepModule.split("-");
      return parts[0] + "-" + parts[1];
    }
    return "step-N";
  }
}
