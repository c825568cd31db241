package workshop.kit.classroom;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workshop.kit.backends.LocalBackends;
import workshop.kit.cli.LearnerRecords;
import workshop.kit.cli.Workspace;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompileFailedException;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.JavaSourceCompiler;
import workshop.kit.code.StepBuilder;
import workshop.kit.code.StepSources;
import workshop.kit.grader.Grader;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.ResultsJson;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepReport;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/**
 * The process {@code ./workshop class} starts for each learner's clone (never run by hand): it
 * grades every step of the clone's code and writes the results as JSON, like {@code progress
 * --json}. It runs in a process of its own so that a learner's code that hangs or exits can be
 * stopped without stopping the class view.
 *
 * <p>It grades with the instructor's workshop ({@code -Dworkshop.root}): its step manifest, its
 * checks, and the account service the steps compile against. From the clone it reads only the
 * learner's step modules, so a clone whose tools were never built, or whose checks or manifest were
 * edited, is graded like any other. The compiled classes go to a directory the class view gives,
 * not into the clone.
 *
 * <p>Arguments: the clone's directory, the results file to write, the build directory.
 */
public final class CloneGrading {
    private CloneGrading() {}

    public static void main(String[] args) throws IOException {
        if (args.length != 3) {
            System.err.println("Usage (by ./workshop class): CloneGrading CLONE RESULTS.json BUILD-DIR");
            System.exit(2);
        }
        Path clone = Path.of(args[0]).toAbsolutePath().normalize();
        Path resultsFile = Path.of(args[1]);
        Path buildDirectory = Path.of(args[2]);
        Workspace instructor = Workspace.fromSystemProperties();
        StepBuilder builder = new StepBuilder(
                clone,
                new StepSources(clone, instructor.pristineStarters()), // only the learner's working copy is read
                new JavaSourceCompiler(instructor.appClasspath()),
                (step, variant) -> buildDirectory.resolve(step.module()).resolve(variant.directoryName()));
        LearnerRecords records = new LearnerRecords(clone);
        Grader grader = new Grader();

        List<StepGrade> grades = new ArrayList<>();
        for (Step step : instructor.steps().all()) {
            int hints = records.hintsSeen(step);
            try {
                CompiledStep code = builder.build(step, CodeVariant.LEARNER);
                LocalBackends.shared();
                StepResult result = grader.grade(code);
                grades.add(StepGrade.of(step, StepReport.of(result, instructor.steps(), hints)));
                System.out.println(step.name() + ": " + result.passed() + " of "
                        + result.checks().size() + " checks pass");
            } catch (CompileFailedException e) {
                grades.add(StepGrade.notCompiling(
                        step, StepBuilder.describe(step, CodeVariant.LEARNER), String.join("\n\n", e.errors()), hints));
                System.out.println(step.name() + ": does not compile");
            }
        }
        ResultsJson.write(GradingResults.of("./workshop class (" + clone.getFileName() + ")", grades), resultsFile);
        // The backends stop with the JVM; a learner's stray non-daemon thread must not keep it alive.
        System.exit(0);
    }
}
