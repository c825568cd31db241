package workshop.kit.steptests;

import org.junit.platform.engine.TestExecutionResult;
import workshop.kit.grader.CheckGrade;

/**
 * A check's verdict, as the test that stands for it reports it: passed; failed with the check's
 * message, where to read and where to get a hint (what the scorecard shows); or aborted, for a check
 * that could not run here (its reason) and for a failing check of a bonus task, which never fails
 * a build: a step is complete without its bonus.
 */
final class Verdict {
    private Verdict() {}

    static TestExecutionResult of(CheckGrade check) {
        return switch (check.status()) {
            case "pass" -> TestExecutionResult.successful();
            case "skip" -> TestExecutionResult.aborted(new CheckNotRun(check.message()));
            default ->
                check.bonus()
                        ? TestExecutionResult.aborted(
                                new CheckNotRun("Bonus task (the step is complete without it): " + explained(check)))
                        : TestExecutionResult.failed(
                                check.status().equals("error")
                                        ? new CheckCrashed(explained(check))
                                        : new CheckFailed(explained(check)));
        };
    }

    /** For a check the grading did not report at all (it should never happen: both come from one discovery). */
    static TestExecutionResult notRun(String name) {
        return TestExecutionResult.failed(new CheckFailed("The grading ran no check named \"" + name + "\"."));
    }

    private static String explained(CheckGrade check) {
        StringBuilder text = new StringBuilder(check.message().strip());
        text.append(System.lineSeparator()).append("Read: ").append(check.docs());
        if (check.task() != null) {
            text.append(System.lineSeparator())
                    .append("Stuck? ./workshop hint ")
                    .append(check.step())
                    .append(" task-")
                    .append(check.task());
        }
        return text.toString();
    }
}
