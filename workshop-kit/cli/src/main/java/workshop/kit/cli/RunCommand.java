package workshop.kit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import workshop.kit.WorkshopException;
import workshop.kit.backends.LocalBackends;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.gateway.ClockConsole;
import workshop.kit.gateway.LocalRun;
import workshop.kit.lambda.LambdaHandlers;
import workshop.kit.momento.WallClock;
import workshop.kit.steps.Step;

/** {@code ./workshop run step-N}: the step's Lambda handler behind a local API gateway, on local backends. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = "Serve a step's API on localhost, on local backends, until Ctrl-C.")
public final class RunCommand implements Callable<Integer> {
    static final String TABLE = "accounts";
    static final String CACHE = "accounts";

    private final Workspace workspace;

    @Spec
    CommandSpec spec;

    @Parameters(paramLabel = "step-N", description = "The step to run: step-1, step-2, ...")
    String stepName;

    @Option(
            names = "--port",
            defaultValue = "3000",
            description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--solution", description = "Serve the reference solution (solutions/) instead of your code.")
    boolean solution;

    @Option(
            names = "--brief",
            description = "One line per request, without its cache and DynamoDB calls indented under it.")
    boolean brief;

    public RunCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws InterruptedException {
        long started = System.nanoTime();
        if (port < 0 || port > 65_535) {
            spec.commandLine()
                    .getErr()
                    .println("--port " + port + " is not a port: give a number from 1 to 65535, e.g. --port 3001.");
            return ExitCode.USAGE; // as picocli answers the bad options it refuses itself
        }
        Step step = workspace.steps().named(stepName);
        CompiledStep code = workspace.build(step, solution ? CodeVariant.SOLUTION : CodeVariant.LEARNER);
        String handlerClass = code.handlerClass();

        System.out.println("Starting " + step.name() + " (" + handlerClass + ") ...");
        System.out.println(
                solution
                        ? "Serving the reference solution (solutions/"
                                + workspace.moduleDir(step).getFileName() + ")."
                        : "Serving your code (" + workspace.moduleDir(step).getFileName()
                                + "/src/main/java). Add --solution to serve the reference solution instead.");
        MotoSetup.onThisMachine(workspace).beforeBackends();
        // The wall clock, as on Momento: a 60 s entry is gone 60 s later, unless the learner moves it on.
        LocalBackends backends = LocalBackends.start(new WallClock());
        Running running = new Running(backends);
        // Ctrl-C runs the shutdown hooks: stop serving, then stop the backends (moto_server included).
        Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "stop-workshop-run"));

        ClassLoader classes = code.newClassLoader(RunCommand.class.getClassLoader());
        try {
            running.run = LocalRun.start(
                    backends,
                    TABLE,
                    CACHE,
                    settings -> LambdaHandlers.create(handlerClass, settings, classes),
                    port,
                    System.out,
                    !brief);
        } catch (java.io.UncheckedIOException e) {
            throw new WorkshopException("Port " + port + " is in use on 127.0.0.1; try --port " + (port + 1)
                    + " (or stop whatever is using it).");
        }
        String url = running.run.baseUrl();

        System.out.println(backends.describe());
        System.out.println();
        System.out.println(Walkthrough.forBaseUrl(url));
        requestFile(step, url).ifPresent(System.out::println);
        System.out.printf("Serving %s at %s. Stop with Ctrl-C.%n", step.name(), url);
        System.out.println("Inspector, the cache beside the table: " + url + "/_workshop/");
        if (running.run.gateway().clock().canMove()) {
            System.out.println(
                    "Cache entries expire on the wall clock. To skip ahead, type +60 and Enter (any number of seconds).");
        }
        System.out.printf("Ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
        System.out.println();
        new ClockConsole(running.run.gateway().clock(), System.out).startReading(System.in);
        new CountDownLatch(1).await(); // until Ctrl-C
        return 0;
    }

    /**
     * Where the step's requests are for an IDE's HTTP client, which every OS has (the curl lines
     * above are for bash): the walkthrough and the chapter's demos, in step-N-.../requests.http.
     */
    private Optional<String> requestFile(Step step, String url) {
        Path file = workspace.moduleDir(step).resolve("requests.http");
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        String defaultPort = spec.findOption("--port").defaultValue();
        String otherPort = Integer.toString(port).equals(defaultPort)
                ? ""
                : " It sends to port " + defaultPort + ": change @host at its top to " + url + ".";
        return Optional.of("Or from your IDE, on any OS: the same requests and the chapter's demos are in "
                + workspace.root().relativize(file)
                + " (IntelliJ's HTTP Client, or VS Code with the REST Client extension); each says the status to expect."
                + otherPort
                + System.lineSeparator());
    }

    /** What has to be stopped, filled in as it starts. */
    private static final class Running {
        private final LocalBackends backends;
        private volatile LocalRun run;

        Running(LocalBackends backends) {
            this.backends = backends;
        }

        void stop() {
            if (run != null) {
                run.close();
            }
            backends.close();
            System.out.println("Stopped the gateway and the backends.");
        }
    }
}
