package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompileFailedException;
import workshop.kit.code.StepBuilder;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/** {@code ./workshop check [step-N]}: grade the learner's code of a step and print the scorecard. */
@Command(
        name = "check",
        mixinStandardHelpOptions = true,
        description = "Grade your code of a step (default: the first step not done yet).")
final class CheckCommand implements Callable<Integer> {
    private final Workspace workspace;

    @Parameters(
            arity = "0..1",
            paramLabel = "step-N",
            description = "The step to grade: step-1, step-2, ... (or 2, or its module directory)")
    String stepName;

    @Option(
            names = "--task",
            paramLabel = "M",
            description =
                    "Grade only this task of the step: 1, task-1 or bonus. Exit code 0 when all its checks pass (what autograding gives points for).")
    String taskName;

    @Mixin
    ResultsOptions results = new ResultsOptions();

    @Mixin
    LanguageOption language = new LanguageOption();

    CheckCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException {
        // Before any grading: a language it does not know is the learner's to fix first.
        Scorecard scorecard = new Scorecard(workspace.steps(), language.guidance(workspace.root()));
        if (taskName != null) {
            return checkTask(scorecard);
        }
        StepGrading grading = new StepGrading(workspace).keepingMotoWarm().startingBackends();
        List<StepGrade> grades = new ArrayList<>();
        StepResult result;
        try {
            result = stepName != null
                    ? grade(grading, workspace.steps().named(stepName), grades)
                    : firstUnfinished(grading, grades);
        } catch (CompileFailedException e) {
            // The compiler's messages are printed as always; the results files say the step does not compile.
            if (results.any() && !results.write(results(grades), System.out, System.err)) {
                System.err.println(e.getMessage());
                return ResultsOptions.CANNOT_WRITE;
            }
            throw e;
        }
        System.out.println("The checks used these backends:");
        grading.backends().describe().lines().forEach(line -> System.out.println("  " + line));
        scorecard.print(result, System.out);
        saveOutput(result)
                .ifPresent(log -> System.out.println("(What the service printed while the checks ran: "
                        + workspace.root().relativize(log) + ")"));
        if (results.any() && !results.write(results(grades), System.out, System.err)) {
            return ResultsOptions.CANNOT_WRITE;
        }
        return result.complete() ? 0 : 1;
    }

    /** {@code --task}: one task's checks, a short scorecard, and exit code 0 only when all of them pass. */
    private Integer checkTask(Scorecard scorecard) throws IOException {
        if (stepName == null) {
            System.err.println("--task needs the step too, e.g. ./workshop check step-2 --task 1");
            return ResultsOptions.CANNOT_WRITE;
        }
        if (results.any()) {
            System.err.println(
                    "--task grades one task; --json, --junit and --markdown write whole steps. Leave out --task to write them.");
            return ResultsOptions.CANNOT_WRITE;
        }
        Step step = workspace.steps().named(stepName);
        Task task = HintCommand.task(step, taskName);
        StepGrading grading = new StepGrading(workspace).keepingMotoWarm().startingBackends();
        StepResult result = grading.gradeTask(step, task);
        System.out.println("The checks used these backends:");
        grading.backends().describe().lines().forEach(line -> System.out.println("  " + line));
        scorecard.printTask(result, task, System.out);
        saveOutput(result)
                .ifPresent(log -> System.out.println("(What the service printed while the checks ran: "
                        + workspace.root().relativize(log) + ")"));
        return Scorecard.taskDone(result) ? 0 : 1;
    }

    private StepResult grade(StepGrading grading, Step step, List<StepGrade> grades) {
        try {
            StepResult result = grading.grade(step);
            grades.add(StepGrade.of(step, grading.report(result)));
            return result;
        } catch (CompileFailedException e) {
            grades.add(StepGrade.notCompiling(
                    step,
                    StepBuilder.describe(step, CodeVariant.LEARNER),
                    String.join("\n\n", e.errors()),
                    grading.hintsSeen(step)));
            throw e;
        }
    }

    /** Grades the steps in order and returns the first that is not complete, or the last one. */
    private StepResult firstUnfinished(StepGrading grading, List<StepGrade> grades) {
        StepResult result = null;
        for (Step step : workspace.steps().all()) {
            result = grade(grading, step, grades);
            if (!result.complete()) {
                return result;
            }
        }
        return result;
    }

    private GradingResults results(List<StepGrade> grades) {
        return GradingResults.of("./workshop check" + (stepName == null ? "" : " " + stepName), grades);
    }

    /** Keeps the checks' own output in the module's target/ for the curious, off the scorecard. */
    private Optional<Path> saveOutput(StepResult result) throws IOException {
        Path target = workspace.moduleDir(result.step()).resolve("target");
        if (result.output().isBlank()) {
            return Optional.empty();
        }
        Files.createDirectories(target);
        Path log = target.resolve("workshop-check-output.log");
        Files.writeString(log, result.output());
        return Optional.of(log);
    }
}
