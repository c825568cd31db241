package workshop.kit.cli;

import workshop.kit.gateway.LambdaHandlers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.Comparison;
import workshop.kit.compare.ComparisonResult;
import workshop.kit.compare.ComparisonTable;
import workshop.kit.compare.HtmlReport;
import workshop.kit.compare.JsonReport;
import workshop.kit.compare.ProgressBarListener;
import workshop.kit.compare.Reading;
import workshop.kit.compare.StepUnderTest;
import workshop.kit.compare.WorkloadSettings;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.steps.Step;
import workshop.kit.WorkshopException;

/**
 * {@code ./workshop compare}: one seeded workload through every step's Lambda handler, on the same
 * local backends, and what caching did to DynamoDB calls, latency and freshness. Which code runs
 * (the reference solutions or the learner's) is decided by the launcher's classpath; the flags
 * here only name it in the report.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    sortOptions = false,
    description = {
      "Run one seeded workload through each step and show what caching did: DynamoDB calls, cache hits,",
      "read latency and stale reads. Simulated time runs --speed-up times faster than wall time, so TTLs matter."
    })
final class CompareCommand implements Callable<Integer> {
  private final Workspace workspace;

  @Spec CommandSpec spec;

  @ArgGroup(exclusive = true)
  Code code = new Code();

  static final class Code {
    @Option(names = "--solutions", description = "Measure the reference solutions (the default).")
    boolean solutions;

    @Option(names = "--mine", description = "Measure your own code of each step.")
    boolean mine;
  }

  @Option(names = "--steps", split = ",", description = "Which steps, e.g. 1,3 (default: every step).")
  List<Integer> stepNumbers;

  @Option(names = "--users", defaultValue = "200", description = "Users to seed (default: ${DEFAULT-VALUE}).")
  int users;

  @Option(names = "--organizations", defaultValue = "20", description = "Organizations to seed (default: ${DEFAULT-VALUE}).")
  int organizations;

  @Option(names = "--members", defaultValue = "4", description = "Members each organization starts with besides its Owner (default: ${DEFAULT-VALUE}).")
  int members;

  @Option(names = "--write-share", defaultValue = "0.1", description = "Share of requests that are writes, 0..1 (default: ${DEFAULT-VALUE}).")
  double writeShare;

  @Option(names = "--skew", defaultValue = "1.1", description = "Zipf exponent of popularity; 0 is uniform (default: ${DEFAULT-VALUE}).")
  double skew;

  @Option(names = "--clients", defaultValue = "4", description = "Concurrent virtual clients, each with its own handler (default: ${DEFAULT-VALUE}).")
  int clients;

  @Option(names = "--requests", defaultValue = "4000",
      description = "Requests per step, the same in every step (default: ${DEFAULT-VALUE}); 0 to run for --duration instead.")
  long requests;

  @Option(names = "--duration", defaultValue = "0",
      description = "Seconds of workload per step instead of a request count (each step then sends as many as it can).")
  double durationSeconds;

  @Option(names = "--seed", defaultValue = "42", description = "Random seed of data and requests (default: ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-races", description = "Never let a write overlap a read or write of the same entity.")
  boolean noRaces;

  @Option(names = "--speed-up", defaultValue = "60", description = "Simulated time runs this many times faster than wall time (default: ${DEFAULT-VALUE}).")
  int speedUp;

  @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
  Path json;

  @Option(names = "--html", paramLabel = "FILE", description = "Also write an HTML report with charts (and the charts as PNG files beside it).")
  Path html;

  CompareCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() throws Exception {
    // The handlers' log lines would tear the progress bar; errors are counted in the table instead.
    System.setProperty("org.slf4j.simpleLogger.log.momento", "error");
    System.setProperty("org.slf4j.simpleLogger.log.workshop.accounts", "off");
    if (durationSeconds > 0) {
      requests = 0; // --duration replaces the request count
    } else if (requests <= 0) {
      throw new WorkshopException("Give a positive --requests or --duration.");
    }
    WorkloadSettings settings = settings();
    String codeLabel = code.mine ? "your code (each step's src/main/java)" : "the reference solutions (solutions/<module>)";
    List<StepUnderTest> steps = stepsToRun();
    String command = "./workshop compare" + (spec.commandLine().getParseResult().originalArgs().isEmpty() ? "" : " "
        + String.join(" ", spec.commandLine().getParseResult().originalArgs()));

    System.out.println("Comparing " + steps.stream().map(StepUnderTest::name).toList() + ", running " + codeLabel + ".");
    try (LocalBackends backends = LocalBackends.start()) {
      System.out.println(backends.describe());
      if (backends.localMomento().isPresent()) {
        System.out.printf("Simulated time runs %dx faster than wall time: a 60 s TTL runs out every %.1f s of the run.%n",
            speedUp, 60.0 / speedUp);
      }
      System.out.printf("Workload: %,d users, %,d organizations, %.0f%% writes, skew %.2f, %d clients, %s per step, seed %d%s.%n%n",
          users, organizations, writeShare * 100, skew, clients,
          requests > 0 ? requests + " requests" : durationSeconds + " s", seed, noRaces ? ", no races" : "");
      ComparisonResult result = Comparison.run(backends, settings, steps, codeLabel, command, new ProgressBarListener());
      String table = new ComparisonTable(result.figures()).render();
      System.out.println();
      System.out.print(table);
      System.out.println();
      System.out.println(Reading.of(result));
      System.out.println();
      if (json != null) {
        JsonReport.write(result, json);
        System.out.println("Wrote " + json);
      }
      if (html != null) {
        for (Path file : HtmlReport.write(result, table, html)) {
          System.out.println("Wrote " + file);
        }
      }
      System.out.printf("Whole run: %.1f s.%n", result.wallSeconds());
    }
    return 0;
  }

  private WorkloadSettings settings() {
    try {
      return new WorkloadSettings(users, organizations, members, writeShare, skew, clients,
          Duration.ofMillis(Math.round(durationSeconds * 1000)), requests, seed, !noRaces, speedUp);
    } catch (IllegalArgumentException e) {
      throw new WorkshopException(e.getMessage());
    }
  }

  private List<StepUnderTest> stepsToRun() {
    List<StepUnderTest> steps = new ArrayList<>();
    List<Integer> numbers = stepNumbers != null ? stepNumbers : workspace.steps().all().stream().map(Step::number).toList();
    for (int number : numbers) {
      Step step = workspace.steps().all().stream().filter(s -> s.number() == number).findFirst()
          .orElseThrow(() -> new WorkshopException("There is no step " + number + ". Use one of: " + workspace.steps().names() + "."));
      CompiledStep compiled = workspace.build(step, code.mine ? CodeVariant.LEARNER : CodeVariant.SOLUTION);
      ClassLoader classes = compiled.newClassLoader(CompareCommand.class.getClassLoader());
      System.out.println(step.name() + ": " + compiled.handlerClass() + ", " + compiled.description());
      steps.add(new StepUnderTest(step.name(), step.title(), settings -> LambdaHandlers.create(compiled.handlerClass(), settings, classes)));
    }
    return steps;
  }

}
