package workshop.kit.grader;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;
import workshop.kit.checks.Task;

/**
 * Listens to one run of a step's checks and turns what JUnit reports into {@link CheckResult}s, in
 * the order the checks were discovered.
 */
final class ResultCollector implements TestExecutionListener {
  private final FailureMessages failureMessages;
  private final Map<String, CheckResult> resultsById = new HashMap<>();
  private TestPlan testPlan;

  ResultCollector(FailureMessages failureMessages) {
    this.failureMessages = failureMessages;
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    this.testPlan = testPlan;
  }

  @Override
  public void executionSkipped(TestIdentifier identifier, String reason) {
    // A skipped class skips all its checks without reporting each of them.
    for (TestIdentifier check : checksIn(identifier)) {
      resultsById.putIfAbsent(check.getUniqueId(), result(check, CheckStatus.SKIP, reason));
    }
  }

  @Override
  public void executionFinished(TestIdentifier identifier, TestExecutionResult outcome) {
    String message = outcome.getThrowable().map(failureMessages::describe).orElse("");
    CheckStatus status =
        switch (outcome.getStatus()) {
          case SUCCESSFUL -> CheckStatus.PASS;
          case ABORTED -> CheckStatus.SKIP; // an assumption did not hold: the check says why
          case FAILED -> CheckStatus.FAIL;
        };
    if (identifier.isTest()) {
      resultsById.put(identifier.getUniqueId(), result(identifier, status, message));
      return;
    }
    // A class whose set-up failed (say, no backend) never runs its checks: each of them failed
    // for that reason.
    if (status != CheckStatus.PASS) {
      for (TestIdentifier check : checksIn(identifier)) {
        resultsById.putIfAbsent(check.getUniqueId(), result(check, status, message));
      }
    }
  }

  /** The results, in discovery order: class by class, check by check. */
  List<CheckResult> results() {
    List<CheckResult> ordered = new ArrayList<>();
    if (testPlan == null) {
      return ordered;
    }
    for (TestIdentifier root : testPlan.getRoots()) {
      for (TestIdentifier check : checksIn(root)) {
        Optional.ofNullable(resultsById.get(check.getUniqueId())).ifPresent(ordered::add);
      }
    }
    return ordered;
  }

  private List<TestIdentifier> checksIn(TestIdentifier identifier) {
    List<TestIdentifier> checks = new ArrayList<>();
    if (identifier.isTest()) {
      checks.add(identifier);
    }
    for (TestIdentifier child : testPlan.getChildren(identifier)) {
      checks.addAll(checksIn(child));
    }
    return checks;
  }

  private static CheckResult result(TestIdentifier check, CheckStatus status, String message) {
    return new CheckResult(taskOf(check), check.getDisplayName(), status, message);
  }

  /**
   * The task a check belongs to, read from the {@link Task} annotation of its class (or of a class
   * enclosing it, for nested classes). This is the grader's one use of reflection.
   */
  static Optional<TaskInfo> taskOf(TestIdentifier check) {
    Optional<TestSource> source = check.getSource();
    Class<?> checkClass = null;
    if (source.isPresent() && source.get() instanceof MethodSource method) {
      checkClass = method.getJavaClass();
    } else if (source.isPresent() && source.get() instanceof ClassSource type) {
      checkClass = type.getJavaClass();
    }
    for (Class<?> c = checkClass; c != null; c = c.getEnclosingClass()) {
      Task task = c.getAnnotation(Task.class);
      if (task != null) {
        return Optional.of(TaskInfo.of(task));
      }
    }
    return Optional.empty();
  }
}
