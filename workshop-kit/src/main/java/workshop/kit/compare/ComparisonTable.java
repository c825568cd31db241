package workshop.kit.compare;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The figures as rows of a table, one column per step: for the terminal and the HTML report. */
public final class ComparisonTable {
  private final List<StepFigures> steps;
  private final LinkedHashMap<String, List<String>> rows = new LinkedHashMap<>();

  public ComparisonTable(List<StepFigures> steps) {
    this.steps = steps;
    row("requests (reads + writes)", f -> Format.count(f.requests()) + " (" + Format.count(f.reads()) + " + " + Format.count(f.writes()) + ")");
    row("requests per second", f -> Format.count(Math.round(f.requestsPerSecond())));
    row("DynamoDB reads", f -> Format.count(f.dynamodbReads()));
    row("DynamoDB writes", f -> Format.count(f.dynamodbWrites()));
    row("cache gets", f -> Format.count(f.cacheGets()));
    row("cache hits", f -> Format.count(f.cacheHits()));
    row("cache misses", f -> Format.count(f.cacheMisses()));
    row("cache sets", f -> Format.count(f.cacheSets()));
    row("hit rate", f -> Format.percent(f.hitRate()));
    row("read p50", f -> Format.millis(f.readP50Ms()));
    row("read p95", f -> Format.millis(f.readP95Ms()));
    row("read p99", f -> Format.millis(f.readP99Ms()));
    for (RouteGroup route : RouteGroup.values()) {
      if (route.isRead()) {
        row("  p50 " + route.label(), f -> {
          StepFigures.RouteLatency latency = f.readLatencyByRoute().get(route.label());
          return latency == null ? "n/a" : Format.millis(latency.p50Ms());
        });
      }
    }
    row("write p50", f -> Format.millis(f.writeP50Ms()));
    row("stale reads", f -> Format.count(f.staleReads()));
    row("oldest staleness (simulated)", f -> Format.seconds(f.maxStalenessSeconds()));
    row("writes refused (404/409)", f -> Format.count(f.refusedWrites()));
    row("failed requests (5xx)", f -> Format.count(f.failedRequests()));
    row("workload time (wall / simulated)", f -> Format.seconds(f.wallSeconds()) + " / " + Format.seconds(f.simulatedSeconds()));
    row("seeding time (not measured)", f -> Format.seconds(f.seedSeconds()));
  }

  private void row(String label, Function<StepFigures, String> value) {
    List<String> cells = new ArrayList<>();
    for (StepFigures step : steps) {
      cells.add(value.apply(step));
    }
    rows.put(label, cells);
  }

  /** Row label to one cell per step. */
  public Map<String, List<String>> rows() {
    return rows;
  }

  public List<String> headers() {
    return steps.stream().map(f -> f.step() + " (" + f.title().toLowerCase() + ")").toList();
  }

  /** A plain-text table, columns aligned. */
  public String render() {
    List<String> headers = headers();
    int labelWidth = rows.keySet().stream().mapToInt(String::length).max().orElse(0);
    int[] widths = new int[steps.size()];
    for (int i = 0; i < widths.length; i++) {
      widths[i] = headers.get(i).length();
      for (List<String> cells : rows.values()) {
        widths[i] = Math.max(widths[i], cells.get(i).length());
      }
    }
    StringBuilder out = new StringBuilder();
    out.append(pad("", labelWidth));
    for (int i = 0; i < widths.length; i++) {
      out.append(" | ").append(padLeft(headers.get(i), widths[i]));
    }
    out.append('\n').append("-".repeat(labelWidth));
    for (int width : widths) {
      out.append("-+-").append("-".repeat(width));
    }
    out.append('\n');
    rows.forEach((label, cells) -> {
      out.append(pad(label, labelWidth));
      for (int i = 0; i < cells.size(); i++) {
        out.append(" | ").append(padLeft(cells.get(i), widths[i]));
      }
      out.append('\n');
    });
    return out.toString();
  }

  private static String pad(String text, int width) {
    return text + " ".repeat(Math.max(0, width - text.length()));
  }

  private static String padLeft(String text, int width) {
    return " ".repeat(Math.max(0, width - text.length())) + text;
  }
}
