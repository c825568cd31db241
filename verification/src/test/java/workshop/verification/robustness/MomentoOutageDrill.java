package workshop.verification.robustness;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import workshop.kit.checks.AccountApi;
import workshop.kit.momento.CacheOperation;
import workshop.kit.momento.LocalMomentoServer;
import workshop.kit.momento.ManualClock;
import workshop.kit.momento.Operation;
import workshop.kit.momento.Outcome;

/**
 * One Momento outage, start to end, against a step's handler: a seeded mixed workload warms the
 * cache, the fault is injected, the workload goes on, the fault clears; then the cache is audited
 * against DynamoDB and every entity is read back through the service. Every answer is held to the
 * reference model throughout.
 */
public final class MomentoOutageDrill {
    public static final Operation[] DATA_OPERATIONS = {
        Operation.GET, Operation.SET, Operation.SET_IF_NOT_EXISTS, Operation.DELETE
    };

    /** What the drill saw. "During" is while the fault was on, "after" once it had cleared. */
    public record Result(
            String fault,
            int requestsDuring,
            int wrongDuring,
            int serverErrorsDuring,
            int writesDuring,
            int requestsAfter,
            int wrongAfter,
            int serverErrorsAfter,
            ConsistencyAuditor.Audit audit,
            Set<String> staleKeysExplained,
            List<String> modelVersusTable,
            List<String> problems,
            long millis) {

        public int unexplainedStale() {
            return (int) audit.stale().stream()
                    .filter(s -> !staleKeysExplained.contains(s.key()))
                    .count();
        }

        public Figures figures(String test) {
            return Figures.of(test)
                    .put("fault", fault)
                    .put("requests_during", requestsDuring)
                    .put("writes_acked_during", writesDuring)
                    .put("wrong_during", wrongDuring)
                    .put("5xx_during", serverErrorsDuring)
                    .put("requests_after", requestsAfter)
                    .put("wrong_after", wrongAfter)
                    .put("5xx_after", serverErrorsAfter)
                    .put("cache_entries", audit.entries())
                    .put("stale_entries", audit.stale().size())
                    .put("stale_explained_by_failed_invalidation", staleKeysExplained.size())
                    .put("longest_stale_ttl_s", audit.longestStaleTtl().toSeconds())
                    .put("model_vs_table_mismatches", modelVersusTable.size())
                    .put("ms", millis);
        }
    }

    private final RobustnessBench bench;
    private final long seed;
    private final int warmUp;
    private final boolean expireAfterWrites;

    /**
     * @param expireAfterWrites step 2: after each acknowledged write, move the clock past the 60 s
     *     TTL, so that the answers a correct read-aside service gives are exactly DynamoDB's state
     */
    public MomentoOutageDrill(RobustnessBench bench, long seed, int warmUp, boolean expireAfterWrites) {
        this.bench = bench;
        this.seed = seed;
        this.warmUp = warmUp;
        this.expireAfterWrites = expireAfterWrites;
    }

    /** A fault on the shared local server: {@code inject} switches it on, the drill clears it. */
    public Result run(String faultName, int requestsDuring, Consumer<LocalMomentoServer> inject) {
        bench.reset();
        LocalMomentoServer server = bench.momento();
        return drill(
                faultName,
                requestsDuring,
                bench.newApi(),
                server,
                () -> inject.accept(server),
                () -> server.faults().clear(),
                () -> server);
    }

    /** The cache server disappears mid-run (closed) and comes back, empty, on the same port. */
    public Result runServerGone(int requestsDuring) {
        bench.reset();
        LocalMomentoServer[] current = {LocalMomentoServer.start(new ManualClock())};
        current[0].createCache(bench.cacheName());
        int port = current[0].port();
        try {
            AccountApi api = new AccountApi(bench.newHandler(current[0]));
            return drill(
                    "server-gone",
                    requestsDuring,
                    api,
                    current[0],
                    () -> current[0].close(),
                    () -> {
                        current[0] = LocalMomentoServer.start(new ManualClock(), port);
                        current[0].createCache(bench.cacheName());
                    },
                    () -> current[0]);
        } finally {
            current[0].close();
        }
    }

    private Result drill(
            String faultName,
            int requestsDuring,
            AccountApi api,
            LocalMomentoServer firstServer,
            Runnable inject,
            Runnable clear,
            java.util.function.Supplier<LocalMomentoServer> serverNow) {
        long started = System.nanoTime();
        AccountModel model = new AccountModel();
        MixedWorkload workload = new MixedWorkload(seed, 6, 3).guidedBy(model);
        CheckedRun run = new CheckedRun(model, api);
        if (expireAfterWrites) {
            run.afterEachWrite(() -> serverNow.get().clock().advance(Duration.ofSeconds(61)));
        }
        run.send(workload, warmUp);
        run.resetCounters();
        firstServer.clearOperations();

        inject.run();
        run.send(workload, requestsDuring);
        int sentDuring = run.sent(),
                wrongDuring = run.wrong(),
                errorsDuring = run.serverErrors(),
                writesDuring = run.writesAcknowledged();
        List<String> problems = new java.util.ArrayList<>(run.firstProblems());
        settle(firstServer);
        Set<String> failedInvalidations = failedDeletes(firstServer);
        clear.run();

        ConsistencyAuditor.Audit audit = bench.auditor(serverNow.get()).audit();
        Set<String> explained = audit.stale().stream()
                .map(ConsistencyAuditor.Stale::key)
                .filter(failedInvalidations::contains)
                .collect(Collectors.toSet());
        run.resetCounters();
        run.readEverything(workload.users(), workload.organizationSlugs());
        problems.addAll(run.firstProblems());
        List<String> mismatches = run.modelVersusTable(bench.table(), workload.users(), workload.organizationSlugs());
        return new Result(
                faultName,
                sentDuring,
                wrongDuring,
                errorsDuring,
                writesDuring,
                run.sent(),
                run.wrong(),
                run.serverErrors(),
                audit,
                explained,
                mismatches,
                problems,
                (System.nanoTime() - started) / 1_000_000);
    }

    /** Lets calls still held by an injected delay reach the log (at most 2 s; no TTL is waited for). */
    private static void settle(LocalMomentoServer server) {
        long deadline = System.nanoTime() + Duration.ofSeconds(2).toNanos();
        int size = -1;
        while (System.nanoTime() < deadline) {
            int now = server.operations().size();
            if (now == size) return;
            size = now;
            try {
                Thread.sleep(150);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Keys whose DELETE (the write path's fallback when its SET failed) also failed. */
    private static Set<String> failedDeletes(LocalMomentoServer server) {
        return server.operations().stream()
                .filter(op -> op.operation() == Operation.DELETE)
                .filter(op -> op.outcome() == Outcome.FAILED || op.outcome() == Outcome.TIMED_OUT)
                .map(CacheOperation::key)
                .collect(Collectors.toSet());
    }
}
