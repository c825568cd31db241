package workshop.kit.compare;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.Lock;
import momento.sdk.CacheClient;
import workshop.accounts.clients.Clients;
import workshop.accounts.clients.Settings;
import workshop.accounts.domain.Role;
import workshop.kit.backends.LocalBackends;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.gateway.HttpApiEvents;
import workshop.kit.momento.CacheOperation;

/**
 * Runs the workload through one step: a fresh table and cache, one handler per virtual client
 * (like separate Lambda execution environments), seeding through the API, then the measured
 * workload from all clients at once while the simulated clock runs.
 */
public final class StepRunner {
  private final LocalBackends backends;
  private final SimulatedTime time;
  private final WorkloadSettings settings;
  private final ProgressListener progress;

  public StepRunner(LocalBackends backends, SimulatedTime time, WorkloadSettings settings, ProgressListener progress) {
    this.backends = backends;
    this.time = time;
    this.settings = settings;
    this.progress = progress;
  }

  public StepRecording run(StepUnderTest step) {
    String name = "compare-" + step.name();
    Settings backendSettings = backends.settings(name, name);
    backends.dynamoDb().createTable(name);
    createCache(backendSettings);
    List<RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers = new ArrayList<>();
    for (int client = 0; client < settings.clients(); client++) {
      handlers.add(step.handlers().apply(backendSettings));
    }
    Dataset dataset = new Dataset(settings);
    TruthLog truth = new TruthLog();
    ExecutorService pool = Executors.newFixedThreadPool(settings.clients());
    try {
      progress.seeding(step.name());
      long seedStart = System.nanoTime();
      new Seeder(dataset, truth, time).seed(step.name(), handlers, pool);
      return measure(step, name, dataset, truth, handlers, pool, System.nanoTime() - seedStart);
    } finally {
      pool.shutdownNow();
    }
  }

  private StepRecording measure(StepUnderTest step, String cacheName, Dataset dataset, TruthLog truth,
      List<RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers, ExecutorService pool, long seedNanos) {
    MembershipModel model = new MembershipModel(dataset);
    EntityLocks locks = EntityLocks.forMode(settings.races());
    AtomicLong nameChanges = new AtomicLong();
    Tally tally = new Tally();
    boolean byCount = settings.requests() > 0;

    DynamoDbCalls.Snapshot dynamoBefore = DynamoDbCalls.snapshot();
    int operationsBefore = backends.localMomento().map(server -> server.operations().size()).orElse(0);
    time.start();
    long simStart = time.now();
    long wallStart = System.nanoTime();
    long deadline = wallStart + settings.duration().toNanos();
    progress.stepStarted(step.name(), byCount ? settings.requests() : settings.duration().toMillis(), byCount ? "req" : "ms");

    List<Future<ClientResult>> clients = new ArrayList<>();
    for (int i = 0; i < handlers.size(); i++) {
      WorkloadGenerator generator = new WorkloadGenerator(dataset, model, settings, i, nameChanges);
      var handler = handlers.get(i);
      // By count, each client sends its own fixed share, so every step gets the same requests.
      long share = settings.requests() / handlers.size() + (i < settings.requests() % handlers.size() ? 1 : 0);
      AtomicLong remaining = new AtomicLong(share);
      clients.add(pool.submit(() -> runClient(handler, generator, model, locks, truth, tally,
          () -> byCount ? remaining.getAndDecrement() > 0 : System.nanoTime() < deadline)));
    }
    watch(clients, tally, byCount, wallStart);
    List<ReadSample> reads = new ArrayList<>();
    List<Long> writeLatencies = new ArrayList<>();
    for (Future<ClientResult> client : clients) {
      ClientResult result = join(client);
      reads.addAll(result.reads());
      writeLatencies.addAll(result.writeLatencies());
    }
    long wallNanos = System.nanoTime() - wallStart;
    time.stop();
    long simEnd = time.now();
    progress.stepFinished();

    DynamoDbCalls.Snapshot dynamoDb = DynamoDbCalls.snapshot().minus(dynamoBefore);
    Optional<List<CacheOperation>> operations = backends.localMomento().map(server -> {
      List<CacheOperation> all = server.operations();
      return all.subList(operationsBefore, all.size()).stream().filter(op -> op.cacheName().equals(cacheName)).toList();
    });
    return new StepRecording(step.name(), step.title(), reads, writeLatencies.stream().mapToLong(Long::longValue).toArray(),
        truth, Map.copyOf(tally.failures), tally.refused.sum(), dynamoDb, operations, cacheName, simStart, simEnd, wallNanos, seedNanos, time.origin());
  }

  private ClientResult runClient(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler,
      WorkloadGenerator generator, MembershipModel model, EntityLocks locks, TruthLog truth, Tally tally,
      java.util.function.BooleanSupplier more) {
    List<ReadSample> reads = new ArrayList<>();
    List<Long> writeLatencies = new ArrayList<>();
    while (more.getAsBoolean() && !Thread.currentThread().isInterrupted()) {
      ApiCall call = generator.next();
      APIGatewayV2HTTPEvent event = HttpApiEvents.event(call.method(), call.path(), call.headers(), call.body());
      Lock lock = locks.lockFor(call);
      long startedAt, endedAt, wallStart, wallEnd;
      APIGatewayV2HTTPResponse response;
      lock.lock();
      try {
        startedAt = time.now();
        wallStart = System.nanoTime();
        response = handler.handleRequest(event, null);
        wallEnd = System.nanoTime();
        endedAt = time.now();
      } finally {
        lock.unlock();
      }
      int status = response.getStatusCode();
      String state = Entities.stateOf(status, response.getBody());
      if (call.route().isRead()) {
        reads.add(new ReadSample(call.route(), call.entity(), state, startedAt, endedAt, wallEnd - wallStart));
        if (state == null) {
          tally.failed(status);
        }
      } else {
        writeLatencies.add(wallEnd - wallStart);
        if (status / 100 == 2) {
          truth.record(new WriteRecord(call.entity(), state, startedAt, endedAt));
          updateModel(model, call);
        } else if (status == 403 || status == 404 || status == 409) {
          tally.refused.increment();
        } else {
          tally.failed(status);
        }
      }
      tally.requests.increment();
    }
    return new ClientResult(reads, writeLatencies);
  }

  private static void updateModel(MembershipModel model, ApiCall call) {
    String[] path = call.path().split("/"); // "", "organizations", slug, "members", [username]
    switch (call.route()) {
      case ADD_MEMBER -> model.joined(path[2], call.body().split("\"username\":\"")[1].split("\"")[0], Role.Member);
      case CHANGE_ROLE -> model.joined(path[2], path[4], call.body().contains("Admin") ? Role.Admin : Role.Member);
      case REMOVE_MEMBER -> model.left(path[2], path[4]);
      default -> {}
    }
  }

  private void watch(List<Future<ClientResult>> clients, Tally tally, boolean byCount, long wallStart) {
    while (clients.stream().anyMatch(client -> !client.isDone())) {
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        clients.forEach(client -> client.cancel(true));
        return;
      }
      long requests = tally.requests.sum();
      double seconds = (System.nanoTime() - wallStart) / 1e9;
      long done = byCount ? requests : Math.min(settings.duration().toMillis(), (long) (seconds * 1000));
      progress.progressed(done, String.format("%,d requests, %,.0f/s", requests, requests / Math.max(seconds, 1e-3)));
    }
  }

  private static ClientResult join(Future<ClientResult> client) {
    try {
      return client.get(1, TimeUnit.MINUTES);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while the workload ran", e);
    } catch (java.util.concurrent.TimeoutException e) {
      throw new IllegalStateException("A virtual client did not finish in time", e);
    }
  }

  private void createCache(Settings settings) {
    if (backends.localMomento().isPresent()) {
      backends.localMomento().get().createCache(settings.cacheName());
      return;
    }
    try (CacheClient momento = Clients.momento(settings)) {
      momento.createCache(settings.cacheName()).join();
      momento.flushCache(settings.cacheName()).join();
    }
  }

  private record ClientResult(List<ReadSample> reads, List<Long> writeLatencies) {}

  /** Counters all clients share. */
  private static final class Tally {
    final LongAdder requests = new LongAdder();
    final LongAdder refused = new LongAdder();
    final Map<Integer, Long> failures = new ConcurrentHashMap<>();

    void failed(int status) {
      failures.merge(status, 1L, Long::sum);
    }
  }
}
