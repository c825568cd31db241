package workshop.kit.classroom;

import java.time.Instant;
import java.util.Optional;
import workshop.kit.grader.GradingResults;

/**
 * One learner's line in {@code ./workshop class}: their clone's grading, or why there is none.
 *
 * @param learner the clone's directory name
 * @param results the grading, when there is one
 * @param problem why there is no grading (not a workshop clone, timed out, crashed); empty otherwise
 * @param lastChange when the learner last changed their work, if known
 * @param hintsRecorded whether the clone holds the learner's hint records (a clone from GitHub has none)
 */
record LearnerRow(
        String learner,
        Optional<GradingResults> results,
        Optional<String> problem,
        Optional<Instant> lastChange,
        boolean hintsRecorded) {

    static LearnerRow graded(
            String learner, GradingResults results, Optional<Instant> lastChange, boolean hintsRecorded) {
        return new LearnerRow(learner, Optional.of(results), Optional.empty(), lastChange, hintsRecorded);
    }

    static LearnerRow problem(String learner, String problem, Optional<Instant> lastChange) {
        return new LearnerRow(learner, Optional.empty(), Optional.of(problem), lastChange, false);
    }
}
