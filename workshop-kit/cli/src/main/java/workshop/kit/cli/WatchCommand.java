package workshop.kit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;
import workshop.kit.code.CompileFailedException;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop watch [step-N]}: the learner's loop in one terminal. It grades the step, then
 * grades it again every time one of the step's files is saved, clearing the screen each time; when
 * a step is done it moves on to the next. The backends start once and the JVM stays warm, so a new
 * scorecard is on screen seconds after a save. Ctrl-C stops it, and everything it started.
 */
@Command(
        name = "watch",
        mixinStandardHelpOptions = true,
        description = "Grade a step every time you save one of its files; move on when it is done. Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
    private final Workspace workspace;
    private final PrintStream out = System.out;

    @Parameters(
            arity = "0..1",
            paramLabel = "step-N",
            description = "The step to start with (default: the first one not done yet).")
    String stepName;

    @Mixin
    LanguageOption language = new LanguageOption();

    /** What watch says, in the learner's language (set when the command starts). */
    private WatchLines lines;

    WatchCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        lines = new WatchLines(new Chapters(workspace.root(), language.language()));
        StepGrading grading = new StepGrading(workspace).startingBackends();
        Step step = stepName != null ? workspace.steps().named(stepName) : firstNotDone(grading);
        String news = "";
        try {
            while (true) {
                Path sources = workspace.moduleDir(step).resolve("src/main/java");
                // Watching starts before grading reads the files: a save made while it grades is not lost.
                try (SourceChanges saves = SourceChanges.watch(sources)) {
                    boolean done = gradeAndShow(grading, step, sources, news);
                    news = "";
                    Optional<Step> next = workspace.steps().after(step);
                    if (done && next.isPresent()) {
                        news = lines.movedOn(step, next.get());
                        step = next.get();
                        continue;
                    }
                    saves.awaitSave();
                }
            }
        } catch (InterruptedException stopped) {
            return 130;
        }
    }

    /** Grades the step and shows the result on a clear screen; true when the step is done. */
    private boolean gradeAndShow(StepGrading grading, Step step, Path sources, String news) {
        long started = System.nanoTime();
        clearScreen();
        out.println(lines.checking(step));
        Runnable showNews = () -> {
            if (!news.isEmpty()) {
                out.println(news);
                out.println();
            }
        };
        boolean done = false;
        boolean graded;
        try {
            StepResult result = grading.grade(step);
            clearScreen();
            showNews.run();
            new Scorecard(workspace.steps(), language.guidance(workspace.root())).printCompact(result, out);
            done = result.complete();
            graded = true;
        } catch (CompileFailedException e) {
            clearScreen();
            showNews.run();
            out.println(e.errorsAndWhose() + lines.fixAndSave(step));
            graded = false;
        }
        out.println();
        out.println(lines.waiting(
                graded,
                (System.nanoTime() - started) / 1e9,
                LocalTime.now(),
                workspace.root().relativize(sources)));
        return done;
    }

    /** The first step the learner has not finished, by the records of earlier checks, or by grading. */
    private Step firstNotDone(StepGrading grading) {
        for (Step step : workspace.steps().all()) {
            boolean done;
            try {
                done = grading.unchangedGrading(step)
                        .map(report -> report.complete())
                        .orElseGet(() -> grading.grade(step).complete());
            } catch (CompileFailedException e) {
                return step;
            }
            if (!done) {
                return step;
            }
        }
        return workspace.steps().all().get(workspace.steps().all().size() - 1);
    }

    private void clearScreen() {
        if (System.console() != null) {
            out.print("\033[H\033[2J");
            out.flush();
        } else {
            out.println();
            out.println("-".repeat(72));
        }
    }
}
