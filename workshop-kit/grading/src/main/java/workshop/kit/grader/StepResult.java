package workshop.kit.grader;

import java.util.List;
import workshop.kit.steps.Step;

/**
 * Every check of one step, in the order they ran.
 *
 * @param checked whose code the checks ran on, in the learner's words
 * @param output what the checks and the service printed while they ran (kept off the scorecard)
 */
public record StepResult(Step step, String checked, List<CheckResult> checks, String output) {
    public StepResult {
        checks = List.copyOf(checks);
    }

    public long passed() {
        return checks.stream()
                .filter(check -> check.status() == CheckStatus.PASS)
                .count();
    }

    public long failed() {
        return checks.stream().filter(check -> check.status().failed()).count();
    }

    public long skipped() {
        return checks.stream()
                .filter(check -> check.status() == CheckStatus.SKIP)
                .count();
    }

    /**
     * The step is done when it has checks and none of them failed, bonus tasks aside (skips are not
     * the learner's fault).
     */
    public boolean complete() {
        return !checks.isEmpty()
                && checks.stream().noneMatch(check -> check.status().failed() && !check.isBonus());
    }

    /** Checks of bonus tasks that fail. */
    public long bonusFailed() {
        return checks.stream()
                .filter(check -> check.status().failed() && check.isBonus())
                .count();
    }

    /** Every check passed, bonus included: what a reference solution must reach. */
    public boolean allPassed() {
        return !checks.isEmpty() && checks.stream().allMatch(check -> check.status() == CheckStatus.PASS);
    }
}
