package workshop.kit.grader;

import java.util.List;

/**
 * Every check of one step, in the order they ran.
 *
 * @param output what the checks and the service printed while they ran (kept off the scorecard)
 */
public record StepResult(Step step, List<CheckResult> checks, String output) {
  public StepResult {
    checks = List.copyOf(checks);
  }

  public long passed() {
    return count(CheckStatus.PASS);
  }

  public long failed() {
    return count(CheckStatus.FAIL);
  }

  public long skipped() {
    return count(CheckStatus.SKIP);
  }

  /**
   * The step is done when it has checks and none of them failed, bonus tasks aside (skips are not
   * the learner's fault).
   */
  public boolean complete() {
    return !checks.isEmpty() && checks.stream().noneMatch(check -> check.status() == CheckStatus.FAIL && !isBonus(check));
  }

  /** Checks of bonus tasks that fail. */
  public long bonusFailed() {
    return checks.stream().filter(check -> check.status() == CheckStatus.FAIL && isBonus(check)).count();
  }

  private static boolean isBonus(CheckResult check) {
    return check.task().map(TaskInfo::bonus).orElse(false);
  }

  private long count(CheckStatus status) {
    return checks.stream().filter(check -> check.status() == status).count();
  }
}
