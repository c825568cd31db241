package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import workshop.accounts.clients.Settings;
import workshop.kit.WorkshopException;
import workshop.kit.backends.LocalBackends;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.compare.progress.LineProgressListener;
import workshop.kit.compare.progress.ProgressBarListener;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.report.HtmlReport;
import workshop.kit.compare.report.JsonReport;
import workshop.kit.compare.report.TextReport;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.run.Comparison;
import workshop.kit.compare.run.HeapBudget;
import workshop.kit.compare.run.StepUnderTest;
import workshop.kit.compare.run.TtlSweep;
import workshop.kit.compare.workload.WorkloadSettings;
import workshop.kit.lambda.LambdaHandlers;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop compare}: one seeded workload through every step's Lambda handler, on the same
 * local backends, and what caching did to DynamoDB calls, latency, freshness and cost. Which code
 * runs (the reference solutions or the learner's) is decided by the launcher's classpath; the
 * flags here only name it in the report.
 */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "Run one seeded workload through every step: DynamoDB calls, hit rate, latency, stale reads, cost.",
        description = {
            "Run one seeded workload through each step and show what caching did: DynamoDB calls, cache hits,",
            "read latency, stale reads and an estimated cost. Each request has a simulated arrival time and the",
            "cache's clock follows it, so the same settings and seed give the same counts on any machine."
        })
final class CompareCommand implements Callable<Integer> {
    private final Workspace workspace;

    @Spec
    CommandSpec spec;

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

    @Option(
            names = "--requests",
            defaultValue = "1000",
            description =
                    "Requests per step, the same in every step (default: ${DEFAULT-VALUE}; up to millions, see docs).")
    long requests;

    @Option(
            names = "--rate",
            defaultValue = "0.5",
            description =
                    "Requests per simulated second, on average (default: ${DEFAULT-VALUE}); with the TTL it decides how many requests an entry serves.")
    double rate;

    @Option(
            names = "--race-share",
            defaultValue = "0.1",
            description =
                    "Share of writes staged to land while a read of the same entity is between DynamoDB and the cache, 0..1 (default: ${DEFAULT-VALUE}).")
    double raceShare;

    @Option(
            names = "--foreign-writes",
            paramLabel = "SHARE",
            defaultValue = "0",
            description =
                    "Share of writes made straight to DynamoDB, behind the service's back (another service, a batch job), 0..1: no step's code sees them, so no cache is refreshed by them (default: ${DEFAULT-VALUE}).")
    double foreignWrites;

    @Option(
            names = "--clients",
            defaultValue = "1",
            description =
                    "1 runs requests in simulated-time order (repeatable counts); more runs that many concurrent clients, whose counts vary (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--users", defaultValue = "100", description = "Users to seed (default: ${DEFAULT-VALUE}).")
    int users;

    @Option(
            names = "--organizations",
            defaultValue = "10",
            description = "Organizations to seed (default: ${DEFAULT-VALUE}).")
    int organizations;

    @Option(
            names = "--members",
            defaultValue = "4",
            description = "Members each organization starts with besides its Owner (default: ${DEFAULT-VALUE}).")
    int members;

    @Option(
            names = "--write-share",
            defaultValue = "0.1",
            description = "Share of requests that are writes, 0..1 (default: ${DEFAULT-VALUE}).")
    double writeShare;

    @Option(
            names = "--skew",
            defaultValue = "1.1",
            description = "Zipf exponent of popularity; 0 is uniform (default: ${DEFAULT-VALUE}).")
    double skew;

    @Option(
            names = "--seed",
            defaultValue = "42",
            description = "Random seed of data, requests and their times (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
            names = "--ttl-sweep",
            paramLabel = "SECONDS,...",
            description =
                    "Also run the caching steps as if their TTL were each of these, on the same workload, e.g. 5,15,60,300,1800.")
    String ttlSweep;

    @Option(
            names = "--price-read-unit",
            defaultValue = "0.125",
            description = "USD per million DynamoDB read request units (default: ${DEFAULT-VALUE}).")
    double priceReadUnit;

    @Option(
            names = "--price-write-unit",
            defaultValue = "0.625",
            description = "USD per million DynamoDB write request units (default: ${DEFAULT-VALUE}).")
    double priceWriteUnit;

    @Option(
            names = "--price-momento-gb",
            defaultValue = "0.50",
            description = "USD per GB transferred to and from Momento (default: ${DEFAULT-VALUE}).")
    double priceMomentoGb;

    @Option(
            names = "--prices-as-of",
            description = "When and where the prices hold, for the report (default: the 2025 list prices).")
    String pricesAsOf;

    @Option(names = "--json", paramLabel = "FILE", description = "Also write the figures as JSON.")
    Path json;

    @Option(
            names = "--html",
            paramLabel = "FILE",
            description = "Also write an HTML report with charts (and the charts as PNG files beside it).")
    Path html;

    CompareCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException {
        Optional<String> badInput = badInput();
        if (badInput.isPresent()) {
            spec.commandLine().getErr().println(badInput.get());
            return ExitCode.USAGE; // as picocli answers the bad options it refuses itself
        }
        if (System.getenv(Settings.MOMENTO_API_KEY) != null
                && !System.getenv(Settings.MOMENTO_API_KEY).isBlank()) {
            throw new WorkshopException(
                    "./workshop compare drives the clock of the workshop's local Momento server, so it cannot run on real Momento. Unset MOMENTO_API_KEY and run it again.");
        }
        // The handlers' log lines would tear the progress bar; errors are counted in the table instead.
        System.setProperty("org.slf4j.simpleLogger.log.momento", "error");
        System.setProperty("org.slf4j.simpleLogger.log.workshop.accounts", "off");
        WorkloadSettings settings = settings();
        List<Double> ttls = ttls();
        Prices prices = prices();
        String codeLabel =
                code.mine ? "your code (each step's src/main/java)" : "the reference solutions (solutions/<module>)";
        List<StepUnderTest> steps = stepsToRun();

        System.out.println(
                "Comparing " + steps.stream().map(StepUnderTest::name).toList() + ", running " + codeLabel + ".");
        MotoSetup.onThisMachine(workspace).beforeBackends();
        try (LocalBackends backends = LocalBackends.start()) {
            System.out.println(backends.describe());
            System.out.println(workloadLine(settings, ttls));
            System.out.println();
            ComparisonResult result = Comparison.run(
                    backends, settings, steps, ttls, prices, codeLabel, commandAsTyped(), progressListener());
            String text = TextReport.render(result);
            System.out.println();
            System.out.print(text);
            if (json != null) {
                JsonReport.write(result, json);
                System.out.println("Wrote " + json);
            }
            if (html != null) {
                for (Path file : HtmlReport.write(result, text, html)) {
                    System.out.println("Wrote " + file);
                }
            }
            System.out.printf(
                    Locale.ROOT,
                    "Whole run: %.1f s of wall time, at most %.0f MB of heap.%n",
                    result.wallSeconds(),
                    result.peakHeapMb());
        }
        return 0;
    }

    /** The first thing wrong with the flags, in one line naming the flag; empty when all is well. */
    private Optional<String> badInput() {
        List<String> problems = new ArrayList<>();
        if (requests < 1) {
            problems.add("--requests must be at least 1, not " + requests + ".");
        }
        if (!(rate > 0) || Double.isInfinite(rate)) {
            problems.add("--rate must be above 0 requests per simulated second, not " + rate + ".");
        }
        if (!(raceShare >= 0 && raceShare <= 1)) {
            problems.add(
                    "--race-share must lie in 0..1 (the share of writes that race a read), not " + raceShare + ".");
        }
        if (!(foreignWrites >= 0 && foreignWrites <= 1)) {
            problems.add(
                    "--foreign-writes must lie in 0..1 (the share of writes made straight to DynamoDB, behind the service's back), not "
                            + foreignWrites + ".");
        }
        if (clients < 1) {
            problems.add("--clients must be at least 1, not " + clients + ".");
        }
        if (!(writeShare >= 0 && writeShare <= 1)) {
            problems.add("--write-share must lie in 0..1, not " + writeShare + ".");
        }
        if (!(skew >= 0)) {
            problems.add("--skew must be 0 or more, not " + skew + ".");
        }
        if (users < 2 || organizations < 1 || members < 1 || (long) members * 2 + 1 > users) {
            problems.add(
                    "--users, --organizations and --members need at least 1 organization, 1 member each and more than 2 x --members users.");
        }
        if (!(priceReadUnit >= 0) || !(priceWriteUnit >= 0) || !(priceMomentoGb >= 0)) {
            problems.add("--price-read-unit, --price-write-unit and --price-momento-gb must be 0 or more.");
        }
        if (ttlSweep != null) {
            problems.addAll(ttlProblems());
            if (clients != 1) {
                problems.add(
                        "--ttl-sweep needs --clients 1: its points are compared with each other, so their counts must not vary.");
            }
        }
        if (problems.isEmpty()) {
            return HeapBudget.check(settings(), Runtime.getRuntime().maxMemory());
        }
        return Optional.of(problems.get(0));
    }

    private List<String> ttlProblems() {
        List<String> problems = new ArrayList<>();
        for (String value : ttlSweep.split(",", -1)) {
            try {
                double seconds = Double.parseDouble(value.strip());
                if (!(seconds > 0) || Double.isInfinite(seconds)) {
                    problems.add("--ttl-sweep takes TTLs above 0 seconds, not " + value.strip()
                            + ". For example: --ttl-sweep 5,15,60,300,1800");
                }
            } catch (NumberFormatException e) {
                problems.add("--ttl-sweep takes numbers of seconds; '" + value.strip()
                        + "' is not one. For example: --ttl-sweep 5,15,60,300,1800");
            }
        }
        return problems;
    }

    private List<Double> ttls() {
        if (ttlSweep == null) {
            return List.of();
        }
        return java.util.Arrays.stream(ttlSweep.split(","))
                .map(String::strip)
                .map(Double::parseDouble)
                .distinct()
                .sorted()
                .toList();
    }

    private WorkloadSettings settings() {
        return new WorkloadSettings(
                users,
                organizations,
                members,
                writeShare,
                skew,
                requests,
                rate,
                raceShare,
                foreignWrites,
                clients,
                seed);
    }

    private Prices prices() {
        Prices list = Prices.LIST_PRICES_2025;
        boolean changed = priceReadUnit != list.dynamoDbReadUnitPerMillion()
                || priceWriteUnit != list.dynamoDbWriteUnitPerMillion()
                || priceMomentoGb != list.momentoPerGb();
        String asOf = pricesAsOf != null ? pricesAsOf : changed ? "prices given on the command line" : list.asOf();
        return new Prices(priceReadUnit, priceWriteUnit, priceMomentoGb, asOf, list.sources());
    }

    private static ProgressListener progressListener() {
        // No console means stdout (or stdin) is not a terminal: a bar would be one long line of carriage returns.
        return System.console() != null ? new ProgressBarListener() : new LineProgressListener(System.err);
    }

    private String workloadLine(WorkloadSettings settings, List<Double> ttls) {
        String order = settings.inOrder()
                ? String.format(
                        Locale.ROOT,
                        "in simulated-time order, %.0f%% of writes racing a read",
                        settings.raceShare() * 100)
                : settings.clients() + " concurrent clients (counts vary from run to run)";
        String foreign = settings.foreignWriteShare() == 0
                ? ""
                : String.format(
                        Locale.ROOT,
                        ", %.0f%% of writes foreign (straight to DynamoDB)",
                        settings.foreignWriteShare() * 100);
        return String.format(
                Locale.ROOT,
                "Workload: %,d users, %,d organizations, %.0f%% writes, skew %.2f, %,d requests per step at %s per simulated second, %s%s, seed %d%s.",
                users,
                organizations,
                writeShare * 100,
                skew,
                requests,
                rate,
                order,
                foreign,
                seed,
                ttls.isEmpty()
                        ? ""
                        : "; then the caching steps as if their TTL were "
                                + ttls.stream().map(TtlSweep::plain).collect(java.util.stream.Collectors.joining(", "))
                                + " s");
    }

    /** The command line as the learner typed it: the launcher passes "compare" on as the first argument. */
    private String commandAsTyped() {
        return commandAsTyped(spec.root().commandLine().getParseResult().originalArgs());
    }

    static String commandAsTyped(List<String> args) {
        StringBuilder command = new StringBuilder("./workshop");
        for (String arg : args) {
            command.append(' ')
                    .append(arg.matches("[A-Za-z0-9_./:=,@%+-]+") ? arg : "'" + arg.replace("'", "'\\''") + "'");
        }
        return command.toString();
    }

    private List<StepUnderTest> stepsToRun() {
        List<StepUnderTest> steps = new ArrayList<>();
        List<Integer> numbers = stepNumbers != null
                ? stepNumbers
                : workspace.steps().all().stream().map(Step::number).toList();
        for (int number : numbers) {
            Step step = workspace.steps().all().stream()
                    .filter(s -> s.number() == number)
                    .findFirst()
                    .orElseThrow(() -> new WorkshopException("There is no step " + number + ". Use one of: "
                            + workspace.steps().names() + "."));
            CompiledStep compiled = workspace.build(step, code.mine ? CodeVariant.LEARNER : CodeVariant.SOLUTION);
            ClassLoader classes = compiled.newClassLoader(CompareCommand.class.getClassLoader());
            System.out.println(step.name() + ": " + compiled.handlerClass() + ", " + compiled.description());
            steps.add(new StepUnderTest(
                    step.name(),
                    step.title(),
                    settings -> LambdaHandlers.create(compiled.handlerClass(), settings, classes)));
        }
        return steps;
    }
}
