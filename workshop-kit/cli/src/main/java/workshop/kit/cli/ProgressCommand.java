package workshop.kit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompileFailedException;
import workshop.kit.code.StepBuilder;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepReport;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop progress}: one line per step. A step whose code, checks and tools are unchanged
 * since it was last graded shows that grading again at once; only changed steps are graded.
 */
@Command(name = "progress", mixinStandardHelpOptions = true, description = "Show how far you are in every step.")
final class ProgressCommand implements Callable<Integer> {
    private final Workspace workspace;

    @Mixin
    ResultsOptions results = new ResultsOptions();

    ProgressCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        System.out.println(
                "Your progress (steps whose code is unchanged since their last check are not graded again):");
        StepGrading grading = new StepGrading(workspace).keepingMotoWarm();
        List<StepGrade> grades = new ArrayList<>();
        for (Step step : workspace.steps().all()) {
            String status;
            try {
                Optional<StepReport> unchanged = grading.unchangedGrading(step);
                StepReport report = unchanged.orElseGet(() -> grading.report(grading.grade(step)));
                grades.add(StepGrade.of(step, report));
                status = status(report) + (unchanged.isPresent() ? " (unchanged since your last check)" : "");
            } catch (CompileFailedException e) {
                grades.add(StepGrade.notCompiling(
                        step,
                        StepBuilder.describe(step, CodeVariant.LEARNER),
                        String.join("\n\n", e.errors()),
                        grading.hintsSeen(step)));
                status = "does not compile (./workshop check " + step.name() + " shows why)";
            }
            System.out.printf("%-7s %s%n", step.name(), status);
        }
        if (results.any() && !results.write(GradingResults.of("./workshop progress", grades), System.out, System.err)) {
            return ResultsOptions.CANNOT_WRITE;
        }
        return 0;
    }

    static String status(StepReport report) {
        String hints = report.hintsUsed() == 0
                ? ""
                : ", " + report.hintsUsed() + (report.hintsUsed() == 1 ? " hint" : " hints") + " used";
        if (report.total() == 0) {
            return "no checks ran" + hints;
        }
        if (report.complete()) {
            return "done (" + report.passed() + " of " + report.total() + " checks pass" + hints + ")";
        }
        return report.passed() + " of " + report.total() + " checks pass" + hints;
    }
}
