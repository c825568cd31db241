package workshop.kit.cli;

import workshop.kit.gateway.LambdaHandlers;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import momento.sdk.CacheClient;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.kit.backends.LocalBackends;
import workshop.kit.gateway.LocalGateway;
import workshop.kit.WorkshopException;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.steps.Step;

/** {@code ./workshop run step-N}: the step's Lambda handler behind a local API gateway, on local backends. */
@Command(name = "run", mixinStandardHelpOptions = true, description = "Serve a step's API on localhost, on local backends, until Ctrl-C.")
final class RunCommand implements Callable<Integer> {
  static final String TABLE = "accounts";
  static final String CACHE = "accounts";

  private final Workspace workspace;

  @Parameters(paramLabel = "step-N", description = "The step to run: step-1, step-2, ...")
  String stepName;

  @Option(names = "--port", defaultValue = "3000", description = "Port on 127.0.0.1 (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--solution",
      description = "Serve the reference solution (solutions/) instead of your code.")
  boolean solution;

  RunCommand(Workspace workspace) {
    this.workspace = workspace;
  }

  @Override
  public Integer call() throws InterruptedException {
    long started = System.nanoTime();
    Step step = workspace.steps().named(stepName);
    CompiledStep code = workspace.build(step, solution ? CodeVariant.SOLUTION : CodeVariant.LEARNER);
    String handlerClass = code.handlerClass();

    System.out.println("Starting " + step.name() + " (" + handlerClass + ") ...");
    System.out.println(
        solution
            ? "Serving the reference solution (solutions/" + workspace.moduleDir(step).getFileName() + ")."
            : "Serving your code (" + workspace.moduleDir(step).getFileName() + "/src/main/java). Add --solution to serve the reference solution instead.");
    LocalBackends backends = LocalBackends.start();
    Running running = new Running(backends);
    // Ctrl-C runs the shutdown hooks: stop serving, then stop the backends (moto_server included).
    Runtime.getRuntime().addShutdownHook(new Thread(running::stop, "stop-workshop-run"));

    Settings settings = backends.settings(TABLE, CACHE);
    backends.dynamoDb().createTable(TABLE);
    createCache(backends, settings);
    RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler =
        LambdaHandlers.create(handlerClass, settings, code.newClassLoader(RunCommand.class.getClassLoader()));
    try {
      running.gateway = LocalGateway.start(handler, port, backends.localMomento(), System.out);
    } catch (java.io.UncheckedIOException e) {
      throw new WorkshopException("Port " + port + " is in use on 127.0.0.1; try --port " + (port + 1)
          + " (or stop whatever is using it).");
    }

    System.out.println(backends.describe());
    System.out.println();
    System.out.println(Walkthrough.forBaseUrl(running.gateway.baseUrl()));
    System.out.printf("Serving %s at %s. Stop with Ctrl-C.%n", step.name(), running.gateway.baseUrl());
    System.out.printf("Ready in %.1f s%n", (System.nanoTime() - started) / 1e9);
    System.out.println();
    new CountDownLatch(1).await(); // until Ctrl-C
    return 0;
  }

  private static void createCache(LocalBackends backends, Settings settings) {
    if (backends.localMomento().isPresent()) {
      backends.localMomento().get().createCache(settings.cacheName());
      return;
    }
    // Real Momento: create the cache if it is missing (ALREADY_EXISTS is fine).
    try (CacheClient momento = Clients.momento(settings)) {
      momento.createCache(settings.cacheName()).join();
    }
  }

  /** What has to be stopped, filled in as it starts. */
  private static final class Running {
    private final LocalBackends backends;
    private volatile LocalGateway gateway;

    Running(LocalBackends backends) {
      this.backends = backends;
    }

    void stop() {
      if (gateway != null) {
        gateway.close();
      }
      backends.close();
      System.out.println("Stopped the gateway and the backends.");
    }
  }
}
