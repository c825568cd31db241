package workshop.kit.cli;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop solution step-N}: shows how the learner's files differ from the reference
 * solution. It only shows: nothing is changed. It asks first unless the learner's last check of
 * the step passed it.
 */
@Command(
        name = "solution",
        mixinStandardHelpOptions = true,
        description = "Show the difference between your files of a step and the reference solution (changes nothing).")
final class SolutionCommand implements Callable<Integer> {
    private static final int CONTEXT_LINES = 3;

    private final Workspace workspace;

    @Parameters(paramLabel = "step-N", description = "The step: step-1, step-2, ...")
    String stepName;

    @Option(names = "--yes", description = "Do not ask.")
    boolean yes;

    @Option(
            names = "--code-only",
            description = "Leave comments, blank lines and region markers out of the comparison.")
    boolean codeOnly;

    SolutionCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException {
        Step step = workspace.steps().named(stepName);
        boolean done = new LearnerRecords(workspace.root())
                .lastGrading(step)
                .map(saved -> saved.report().complete())
                .orElse(false);
        String sameCommand = "./workshop solution " + step.name() + (codeOnly ? " --code-only" : "") + " --yes";
        // Once the learner's own check passed the step, the solution gives nothing away: no question.
        if (!done
                && !Confirmation.confirm(
                        "Show the reference solution of " + step.name()
                                + "? You have not passed it yet: it gives the answer away.",
                        yes,
                        sameCommand)) {
            System.out.println("Nothing shown.");
            return 1;
        }
        for (Path learnerFile : workspace.learnerFiles(step)) {
            showDifference(learnerFile, workspace.solutionOf(learnerFile));
        }
        System.out.println("Lines with - are yours, lines with + the solution's."
                + (codeOnly ? " (Comments and blank lines left out.)" : ""));
        return 0;
    }

    private void showDifference(Path yours, Path solution) throws IOException {
        List<String> mine = lines(workspace.root().resolve(yours));
        List<String> theirs = lines(workspace.root().resolve(solution));
        Patch<String> patch = DiffUtils.diff(mine, theirs);
        if (patch.getDeltas().isEmpty()) {
            System.out.println(yours + " is the same as the solution" + (codeOnly ? " (comments aside)." : "."));
            return;
        }
        UnifiedDiffUtils.generateUnifiedDiff(yours.toString(), solution.toString(), mine, patch, CONTEXT_LINES)
                .forEach(System.out::println);
    }

    private List<String> lines(Path file) throws IOException {
        List<String> lines = Files.exists(file) ? Files.readAllLines(file) : List.of();
        return codeOnly ? JavaCode.withoutComments(lines) : lines;
    }
}
