package workshop.kit.compare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.run.TtlSweep;
import workshop.kit.compare.workload.RouteGroup;

/**
 * The figures as rows of a table, one column per step: for the terminal and the HTML report. Rows
 * whose values depend on the machine (latencies, wall times) are marked with {@link #VARIES}.
 */
final class ComparisonTable {
    /** Marks a row that differs from machine to machine and run to run. */
    static final String VARIES = "~ ";

    private final List<StepFigures> steps;
    private final LinkedHashMap<String, List<String>> rows = new LinkedHashMap<>();

    ComparisonTable(List<StepFigures> steps) {
        this.steps = steps;
        row(
                "requests (reads + writes)",
                f -> Format.count(f.requests()) + " (" + Format.count(f.reads()) + " + " + Format.count(f.writes())
                        + ")");
        if (steps.stream().anyMatch(f -> f.foreignWrites() > 0)) {
            row("  of the writes, foreign (straight to DynamoDB)", f -> Format.count(f.foreignWrites()));
        }
        row("TTL (its first cache write)", f -> f.ttlSeconds() == null ? "n/a" : TtlSweep.plain(f.ttlSeconds()) + " s");
        row("DynamoDB reads", f -> Format.count(f.dynamodbReads()));
        row("DynamoDB writes", f -> Format.count(f.dynamodbWrites()));
        row("cache gets", f -> Format.count(f.cacheGets()));
        row("cache hits", f -> Format.count(f.cacheHits()));
        row("cache misses", f -> Format.count(f.cacheMisses()));
        row("cache sets", f -> Format.count(f.cacheSets()));
        row("hit rate", f -> Format.percent(f.hitRate()));
        row(
                "stale reads (share of reads)",
                f -> Format.count(f.staleReads()) + " (" + Format.percent(f.staleShare()) + ")");
        row("oldest staleness (simulated)", f -> Format.seconds(f.maxStalenessSeconds()));
        row("races staged (write between load and store)", f -> Format.count(f.racesStaged()));
        row("writes refused (403/404/409)", f -> Format.count(f.refusedWrites()));
        row("failed requests (5xx)", f -> Format.count(f.failedRequests()));
        row("est. cost per million requests", f -> Format.dollars(f.cost().totalUsdPerMillionRequests()));
        row(
                "  DynamoDB (read + write units)",
                f -> Format.dollars(f.cost().dynamoDbUsdPerMillionRequests()) + " ("
                        + Format.count(f.cost().readUnits()) + " + "
                        + Format.count(f.cost().writeUnits()) + ")");
        row(
                "  Momento (bytes moved)",
                f -> Format.dollars(f.cost().momentoUsdPerMillionRequests()) + " ("
                        + Format.bytes(f.cost().cacheBytes()) + ")");
        row("workload time (simulated)", f -> Format.seconds(f.simulatedSeconds()));
        row(VARIES + "read p50", f -> Format.millis(f.readP50Ms()));
        row(VARIES + "read p95", f -> Format.millis(f.readP95Ms()));
        row(VARIES + "read p99", f -> Format.millis(f.readP99Ms()));
        for (RouteGroup route : RouteGroup.values()) {
            if (route.isRead()) {
                row(VARIES + "  p50 " + route.label(), f -> {
                    StepFigures.RouteLatency latency = f.readLatencyByRoute().get(route.label());
                    return latency == null ? "n/a" : Format.millis(latency.p50Ms());
                });
            }
        }
        row(VARIES + "write p50", f -> Format.millis(f.writeP50Ms()));
        row(VARIES + "requests per second", f -> Format.count(Math.round(f.requestsPerSecond())));
        row(VARIES + "workload time (wall)", f -> Format.seconds(f.wallSeconds()));
        row(VARIES + "seeding time (not measured)", f -> Format.seconds(f.seedSeconds()));
    }

    private void row(String label, Function<StepFigures, String> value) {
        List<String> cells = new ArrayList<>();
        for (StepFigures step : steps) {
            cells.add(value.apply(step));
        }
        rows.put(label, cells);
    }

    /** Row label to one cell per step. */
    Map<String, List<String>> rows() {
        return rows;
    }

    List<String> headers() {
        return steps.stream()
                .map(f -> f.step() + " (" + f.title().toLowerCase() + ")")
                .toList();
    }

    /** A plain-text table, columns aligned. */
    String render() {
        return TextTable.render(headers(), rows);
    }

    /** What the marks mean, for the line under the table. */
    static String legend(boolean repeatable) {
        return repeatable
                ? VARIES.strip()
                        + " varies with the machine and its load; every other figure is the same on any machine for these settings and seed."
                : "Concurrent clients: every figure varies from run to run (their interleaving does); run with --clients 1 for repeatable counts.";
    }
}
