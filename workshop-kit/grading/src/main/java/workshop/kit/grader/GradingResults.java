package workshop.kit.grader;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * What {@code ./workshop check --json} and {@code progress --json} write, and what {@code ./workshop
 * class} reads back from each learner's grading: the graded steps, in order, and totals over them.
 *
 * @param format the shape of this document, "workshop-results/1"; a change that breaks readers gets a new number
 * @param generated when it was written (UTC, ISO-8601)
 * @param command what produced it: "./workshop check step-2"
 */
public record GradingResults(
        String format, String generated, String command, List<StepGrade> steps, GradeTotals totals) {
    public static final String FORMAT = "workshop-results/1";

    public GradingResults {
        steps = steps == null ? List.of() : List.copyOf(steps);
    }

    public static GradingResults of(String command, List<StepGrade> steps) {
        return new GradingResults(
                FORMAT,
                Instant.now().truncatedTo(ChronoUnit.SECONDS).toString(),
                command,
                steps,
                GradeTotals.sum(steps.stream().map(StepGrade::totals).toList()));
    }

    /** The first step that is not done; empty when every graded step is. */
    public Optional<StepGrade> firstUnfinished() {
        return steps.stream().filter(step -> !step.complete()).findFirst();
    }
}
