package workshop.kit.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import workshop.kit.code.CompileFailedException;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop watch [step-N]}: the learner's loop in one terminal. It grades the step, then
 * grades it again every time one of the step's files is saved, clearing the screen each time; when
 * a step is done it moves on to the next. The backends start once and the JVM stays warm, so a new
 * scorecard is on screen seconds after a save. Ctrl-C stops it, and everything it started.
 */
@Command(name = "watch", mixinStandardHelpOptions = true,
    description = "Grade a step every time you save one of its files; move on when it is done. Ctrl-C stops.")
final class WatchCommand implements Callable<Integer> {
  private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm:ss");

  private final Workspace workspace;
  private final PrintStream out = System.out;

  @Parameters(arity = "0..1", paramLabel = "step-N", description = "The step to start with (default: the first one not done yet).")
  String stepName;

  WatchCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() {
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
            news = step.name() + " is done, well done! Now " + next.get().name() + ": read " + next.get().chapter()
                + ", then edit " + next.get().module() + "/src/main/java.";
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
    out.println("Checking " + step.name() + " ...");
    Runnable showNews = () -> {
      if (!news.isEmpty()) {
        out.println(news);
        out.println();
      }
    };
    boolean done = false;
    String outcome;
    try {
      StepResult result = grading.grade(step);
      clearScreen();
      showNews.run();
      new Scorecard(workspace.steps()).printCompact(result, out);
      done = result.complete();
      outcome = "graded";
    } catch (CompileFailedException e) {
      clearScreen();
      showNews.run();
      out.println(e.errorsAndWhose() + " Fix it and save: watch checks again. ./workshop reset " + step.name()
          + " puts the starter back (keeping a copy of your file).");
      outcome = "compiled with errors";
    }
    out.println();
    out.printf("%s in %.1f s at %s. Watching %s: save a file to check again. Ctrl-C stops.%n",
        outcome.substring(0, 1).toUpperCase() + outcome.substring(1), (System.nanoTime() - started) / 1e9,
        LocalTime.now().format(CLOCK), workspace.root().relativize(sources));
    return done;
  }

  /** The first step the learner has not finished, by the records of earlier checks, or by grading. */
  private Step firstNotDone(StepGrading grading) {
    for (Step step : workspace.steps().all()) {
      boolean done;
      try {
        done = grading.unchangedGrading(step).map(report -> report.complete()).orElseGet(() -> grading.grade(step).complete());
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
