package workshop.kit.compare.run;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import workshop.accounts.clients.Settings;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.foreign.ForeignWriter;
import workshop.kit.compare.freshness.FreshnessLedger;
import workshop.kit.compare.freshness.GroundTruth;
import workshop.kit.compare.freshness.ReadSample;
import workshop.kit.compare.freshness.StalenessJudge;
import workshop.kit.compare.freshness.TruthLog;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.CostEstimate;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.workload.ApiCall;
import workshop.kit.compare.workload.Dataset;
import workshop.kit.compare.workload.Entities;
import workshop.kit.compare.workload.TimedCall;
import workshop.kit.compare.workload.WorkloadGenerator;
import workshop.kit.compare.workload.WorkloadSettings;
import workshop.kit.dynamodb.DynamoDbCalls;
import workshop.kit.lambda.HttpApiEvents;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.ManualClock;

/**
 * Runs the workload through one step: a fresh table holding the seeded data, an empty cache, Lambda
 * handlers as separate execution environments, then the measured workload.
 *
 * <p><b>Simulated time comes from the workload.</b> Each request carries its arrival time, and the
 * local Momento server's clock is moved to it before the request runs; during a request the clock
 * stands still. How many entries expire, and so every count, depends on the workload alone, never
 * on how fast this machine happens to be. With one client the requests run one at a time in that
 * order, and the races the workload asks for are staged on purpose: the server holds the racing
 * read's cache store, the write runs (through a second handler, as a second Lambda environment
 * would), then the store goes on. With more clients, they run concurrently and race as they
 * happen to: realistic, but their counts vary from run to run.
 *
 * <p>A foreign write (a share of the writes, {@link WorkloadSettings#foreignWriteShare()}) does not
 * go through the step at all: it is made straight into the run's table ({@link ForeignWriter}), as
 * another service would, and recorded in the ground truth like any other write, so a read that
 * returns what the cache kept from before it is judged stale.
 */
final class StepRunner {
    static final int TIMELINE_SLICES = 30;
    /** Cache operations are counted and dropped from the server's log this often (requests). */
    private static final int DRAIN_EVERY = 1_000;
    /**
     * Far above any real cache call here, so a busy machine never makes a lookup time out and fall
     * back to DynamoDB: that would change the counts. (Cache outages are the checks' business.)
     */
    private static final Duration CACHE_TIMEOUT = Duration.ofSeconds(30);

    private final LocalBackends backends;
    private final LocalMomentoServer server;
    private final ManualClock clock;
    private final WorkloadSettings settings;
    private final Prices prices;
    private final ProgressListener progress;

    StepRunner(LocalBackends backends, WorkloadSettings settings, Prices prices, ProgressListener progress) {
        this.backends = backends;
        this.server = backends.localMomento()
                .orElseThrow(() -> new IllegalStateException(
                        "The comparison drives the local Momento server's clock; it cannot run on real Momento."));
        if (!(server.clock() instanceof ManualClock manual)) {
            throw new IllegalStateException(
                    "The comparison sets the local Momento server's clock itself; it needs a server on a ManualClock.");
        }
        this.clock = manual;
        this.settings = settings;
        this.prices = prices;
        this.progress = progress;
    }

    /** The step with the workload at its own pace. */
    StepAnalysis run(StepUnderTest step) {
        return run(step, 1.0, "compare-" + step.name(), step.name());
    }

    /**
     * @param timeScale how much slower than the settings say the requests arrive (see {@link TtlSweep})
     * @param runName the table and cache of this run
     * @param label what the progress shows
     */
    StepAnalysis run(StepUnderTest step, double timeScale, String runName, String label) {
        Settings backendSettings = backends.settings(runName, runName).withCacheTimeout(CACHE_TIMEOUT);
        server.createCache(runName);
        server.flush(runName);
        // In order: one handler serves the workload, a second lands the staged races' writes.
        int environments = settings.inOrder() ? (settings.stagedRaceShare() > 0 ? 2 : 1) : settings.clients();
        List<Handler> handlers = new ArrayList<>();
        try (RunTable table = new RunTable(backends, backendSettings)) {
            for (int i = 0; i < environments; i++) {
                handlers.add(new Handler(step.handlers().apply(backendSettings)));
            }
            Dataset dataset = new Dataset(settings);
            GroundTruth truth = settings.inOrder() ? new FreshnessLedger() : new TruthLog();
            long seedStart = System.nanoTime();
            Seeder.seed(dataset, table, truth, clock.nanos());
            long seedNanos = System.nanoTime() - seedStart;
            server.drainOperations(); // nothing before the workload is counted

            long start = clock.nanos();
            long span = WorkloadGenerator.lastArrival(settings, timeScale);
            StepTally tally = new StepTally(start, span, TIMELINE_SLICES);
            Workload workload = new Workload(
                    new WorkloadGenerator(dataset, settings, timeScale),
                    tally,
                    truth,
                    start,
                    runName,
                    new ForeignWriter(table.behindTheServicesBack()));
            DynamoDbCalls.Snapshot callsBefore = DynamoDbCalls.snapshot();
            long bytesBefore = server.bytesTransferred();
            long wallStart = System.nanoTime();
            progress.stepStarted(label, settings.requests(), "req");
            if (settings.inOrder()) {
                runInOrder(workload, handlers.get(0), handlers.get(handlers.size() - 1), (FreshnessLedger) truth);
            } else {
                runConcurrently(workload, handlers, (TruthLog) truth);
            }
            long wallNanos = System.nanoTime() - wallStart;
            progress.stepFinished();
            DynamoDbCalls.Snapshot calls = DynamoDbCalls.snapshot().minus(callsBefore);
            long cacheBytes = server.bytesTransferred() - bytesBefore;
            workload.countCacheOperations();
            long simulatedNanos = clock.nanos() - start;
            CostEstimate cost = CostEstimate.of(calls, table.largestItemBytes(), cacheBytes, tally.requests, prices);
            StepFigures figures = figures(step, tally, calls, cost, simulatedNanos, wallNanos, seedNanos);
            return new StepAnalysis(figures, tally.readLatency, tally.timeline());
        } finally {
            server.clearWriteHooks();
            server.flush(runName); // the entries are not needed any more: keep the server's memory small
            handlers.forEach(Handler::close);
        }
    }

    /** One Lambda handler of the step (an execution environment), closed with its clients when the run is done. */
    private record Handler(RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> lambda)
            implements AutoCloseable {
        @Override
        public void close() {
            if (lambda instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    // Only its clients are closed here, after the run: nothing left to do about it.
                }
            }
        }
    }

    /** What one request got: its status, the entity state it showed, and its wall-time latency. */
    private record Answer(int status, String state, long latencyNanos) {}

    /** One run's moving parts, shared by the ways of running it. */
    private final class Workload {
        final WorkloadGenerator generator;
        final StepTally tally;
        final GroundTruth truth;
        final long start;
        final String cacheName;
        final ForeignWriter foreignWriter;
        final Instant clockOrigin;
        final AtomicLong done = new AtomicLong();
        final long wallStart = System.nanoTime();

        Workload(
                WorkloadGenerator generator,
                StepTally tally,
                GroundTruth truth,
                long start,
                String cacheName,
                ForeignWriter foreignWriter) {
            this.generator = generator;
            this.tally = tally;
            this.truth = truth;
            this.start = start;
            this.cacheName = cacheName;
            this.foreignWriter = foreignWriter;
            this.clockOrigin = clock.now().minusNanos(clock.nanos());
        }

        /** Moves the clock to a request's arrival (never back: a concurrent client may be ahead). */
        void arrive(TimedCall timed) {
            clock.advanceTo(start + timed.at());
        }

        void finished(int requests) {
            long count = done.addAndGet(requests);
            if (count / DRAIN_EVERY != (count - requests) / DRAIN_EVERY) {
                countCacheOperations();
            }
            double seconds = Math.max((System.nanoTime() - wallStart) / 1e9, 1e-3);
            progress.progressed(
                    count, String.format(java.util.Locale.ROOT, "%,d requests, %,.0f/s", count, count / seconds));
        }

        void countCacheOperations() {
            tally.cacheOperations(server.drainOperations(), cacheName, clockOrigin);
        }

        /** Makes a write: through the step's handler, or, for a foreign one, straight into DynamoDB. */
        Answer land(Handler handler, TimedCall write) {
            if (!write.foreign()) {
                return send(handler, write.call());
            }
            long started = System.nanoTime();
            ForeignWriter.Outcome outcome = foreignWriter.write(write.call());
            return new Answer(outcome.status(), outcome.state(), System.nanoTime() - started);
        }

        /** Records a write: its origin decides what it counts as; the truth takes every write that changed something. */
        void wrote(TimedCall write, Answer answer, long startedAt, long completedAt) {
            if (write.foreign()) {
                tally.foreignWriteMade(answer.status());
            } else {
                tally.writeAnswered(answer.status(), answer.latencyNanos());
            }
            if (answer.status() / 100 == 2) {
                truth.written(write.call().entity(), answer.state(), startedAt, completedAt);
            }
        }
    }

    // ---- one request at a time, in simulated-time order: the same counts on every machine ----

    private void runInOrder(Workload workload, Handler handler, Handler racer, FreshnessLedger ledger) {
        TimedCall timed;
        while ((timed = workload.generator.next()) != null) {
            workload.arrive(timed);
            if (timed.call().route().isRead()) {
                readInOrder(workload, handler, racer, ledger, timed);
            } else {
                long at = clock.nanos();
                workload.wrote(timed, workload.land(handler, timed), at, at);
            }
            workload.finished(timed.requests());
        }
    }

    /** A read, and for a staged race the write that lands while the read is on its way. */
    private void readInOrder(
            Workload workload, Handler handler, Handler racer, FreshnessLedger ledger, TimedCall read) {
        ApiCall call = read.call();
        TimedCall write = read.landsDuring();
        AtomicReference<Answer> landed = new AtomicReference<>();
        if (write != null) {
            // Runs on the server, just before the read's cache store is applied: the read has loaded the
            // old state from DynamoDB by then. Only a read that missed stores; a hit leaves nothing to race.
            server.onNextWrite(Entities.cacheKeyOf(call.entity()), () -> {
                workload.arrive(write);
                landed.set(workload.land(racer, write));
            });
        }
        long begin = clock.nanos();
        long stateAtBegin = ledger.stateOf(call.entity());
        Answer answer = send(handler, call);
        long latency = answer.latencyNanos();
        if (landed.get() != null) {
            workload.tally.raceStaged();
            workload.wrote(write, landed.get(), clock.nanos(), clock.nanos());
            latency -= landed.get().latencyNanos(); // the read's own time, without the write it waited for
        } else {
            server.clearWriteHooks();
        }
        workload.tally.readAnswered(call.route(), answer.status(), answer.state(), latency);
        workload.tally.readJudged(begin, ledger.judge(call.entity(), answer.state(), begin, stateAtBegin));
        if (write != null && landed.get() == null) {
            workload.arrive(write); // the read did not store anything: the write simply comes next
            long at = clock.nanos();
            workload.wrote(write, workload.land(racer, write), at, at);
        }
    }

    // ---- concurrent clients: realistic interleaving, counts that vary ----

    private void runConcurrently(Workload workload, List<Handler> handlers, TruthLog truth) {
        Queue<ReadSample> reads = new ConcurrentLinkedQueue<>();
        ExecutorService pool = Executors.newFixedThreadPool(handlers.size());
        try {
            List<Future<?>> clients = new ArrayList<>();
            for (Handler handler : handlers) {
                clients.add(pool.submit(() -> runClient(workload, handler, reads)));
            }
            for (Future<?> client : clients) {
                await(client);
            }
        } finally {
            pool.shutdownNow();
        }
        // Judged only now: a read may have seen a write that completed after the read did.
        StalenessJudge judge = new StalenessJudge(truth);
        for (ReadSample read : reads) {
            workload.tally.readJudged(read.startedAt(), judge.judge(read));
        }
    }

    private void runClient(Workload workload, Handler handler, Queue<ReadSample> reads) {
        TimedCall timed;
        while ((timed = workload.generator.next()) != null
                && !Thread.currentThread().isInterrupted()) {
            workload.arrive(timed); // concurrent clients never stage races: landsDuring is null
            ApiCall call = timed.call();
            long begin = clock.nanos();
            Answer answer = call.route().isRead() ? send(handler, call) : workload.land(handler, timed);
            long end = clock.nanos();
            if (call.route().isRead()) {
                workload.tally.readAnswered(call.route(), answer.status(), answer.state(), answer.latencyNanos());
                reads.add(
                        new ReadSample(call.route(), call.entity(), answer.state(), begin, end, answer.latencyNanos()));
            } else {
                workload.wrote(timed, answer, begin, end);
            }
            workload.finished(1);
        }
    }

    private static void await(Future<?> client) {
        try {
            client.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the workload ran", e);
        }
    }

    // ---- the parts around the workload ----

    private static Answer send(Handler handler, ApiCall call) {
        APIGatewayV2HTTPEvent event = HttpApiEvents.event(call.method(), call.path(), call.headers(), call.body());
        long started = System.nanoTime();
        APIGatewayV2HTTPResponse response = handler.lambda().handleRequest(event, null);
        long latency = System.nanoTime() - started;
        return new Answer(
                response.getStatusCode(), Entities.stateOf(response.getStatusCode(), response.getBody()), latency);
    }

    private static StepFigures figures(
            StepUnderTest step,
            StepTally tally,
            DynamoDbCalls.Snapshot calls,
            CostEstimate cost,
            long simulatedNanos,
            long wallNanos,
            long seedNanos) {
        Map<String, StepFigures.RouteLatency> byRoute = new LinkedHashMap<>();
        tally.readLatencyByRoute.forEach((route, latencies) -> byRoute.put(
                route.label(),
                new StepFigures.RouteLatency(
                        latencies.count(), latencies.millisAt(50), latencies.millisAt(95), latencies.millisAt(99))));
        CacheTally cache = tally.cache;
        double hitRate = cache.hitRate();
        double wallSeconds = wallNanos / 1e9;
        return new StepFigures(
                step.name(),
                step.title(),
                tally.firstTtl == null ? null : tally.firstTtl.toMillis() / 1000.0,
                tally.requests,
                tally.reads,
                tally.writes,
                tally.foreignWrites,
                tally.racesStaged,
                tally.refusedWrites,
                tally.failedRequests(),
                calls.reads(),
                calls.writes(),
                cache.gets(),
                cache.hits(),
                cache.misses(),
                cache.sets(),
                Double.isNaN(hitRate) ? null : hitRate,
                tally.staleReads,
                tally.reads == 0 ? 0 : (double) tally.staleReads / tally.reads,
                tally.oldestStalenessNanos / 1e9,
                cost,
                tally.readLatency.millisAt(50),
                tally.readLatency.millisAt(95),
                tally.readLatency.millisAt(99),
                tally.writeLatency.millisAt(50),
                byRoute,
                simulatedNanos / 1e9,
                wallSeconds,
                seedNanos / 1e9,
                tally.requests / Math.max(wallSeconds, 1e-9));
    }
}
