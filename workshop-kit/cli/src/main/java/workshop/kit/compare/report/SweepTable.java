package workshop.kit.compare.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.run.TtlSweep;

/** The points of a TTL sweep as a table: one row per TTL, for each step its hit rate, stale share, oldest staleness and cost. */
final class SweepTable {
    private final List<String> headers = new ArrayList<>();
    private final LinkedHashMap<String, List<String>> rows = new LinkedHashMap<>();

    SweepTable(List<SweepPoint> points) {
        Set<String> steps = new LinkedHashSet<>();
        Set<Double> ttls = new java.util.TreeSet<>();
        for (SweepPoint point : points) {
            steps.add(point.step());
            ttls.add(point.ttlSeconds());
        }
        for (String step : steps) {
            headers.add(step + " hit rate");
            headers.add(step + " stale share");
            headers.add(step + " oldest stale");
            headers.add(step + " $/M req");
        }
        for (double ttl : ttls) {
            List<String> cells = new ArrayList<>();
            for (String step : steps) {
                SweepPoint point = points.stream()
                        .filter(p -> p.step().equals(step) && p.ttlSeconds() == ttl)
                        .findFirst()
                        .orElse(null);
                cells.add(point == null ? "" : Format.percent(point.hitRate()));
                cells.add(point == null ? "" : Format.percent(point.staleShare()));
                cells.add(point == null ? "" : Format.seconds(point.maxStalenessSeconds()));
                cells.add(point == null ? "" : Format.dollars(point.usdPerMillionRequests()));
            }
            rows.put("TTL " + TtlSweep.plain(ttl) + " s", cells);
        }
    }

    List<String> headers() {
        return headers;
    }

    Map<String, List<String>> rows() {
        return rows;
    }

    String render() {
        return TextTable.render(headers, rows);
    }
}
