package workshop.kit.compare.report;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import workshop.kit.compare.result.ComparisonResult;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.result.SweepPoint;
import workshop.kit.compare.run.TtlSweep;
import workshop.kit.compare.workload.WorkloadSettings;

/** A paragraph that reads the table aloud, generated from the figures alone. */
final class Reading {
    private Reading() {}

    static String of(ComparisonResult result) {
        List<StepFigures> steps = result.figures();
        List<String> sentences = new ArrayList<>();
        sentences.add(workload(result.settings()));
        StepFigures base = steps.get(0);
        for (StepFigures step : steps.subList(1, steps.size())) {
            sentences.add(comparedWithBase(step, base));
        }
        for (StepFigures step : steps) {
            sentences.add(freshness(step));
        }
        sentences.add(cost(steps));
        if (!result.sweep().isEmpty()) {
            sentences.add(sweep(result.sweep()));
            if (result.settings().foreignWriteShare() > 0) {
                sentences.add(staleness(result.sweep()));
            }
        }
        return String.join(" ", sentences);
    }

    private static String workload(WorkloadSettings settings) {
        String shape = String.format(
                        Locale.ROOT,
                        "Each step ran the same seeded workload (%s users, %s organizations, %.0f%% writes, skew %.2f): %s requests arriving %s per simulated second on average",
                        Format.count(settings.users()),
                        Format.count(settings.organizations()),
                        100 * settings.writeShare(),
                        settings.skew(),
                        Format.count(settings.requests()),
                        plainNumber(settings.requestsPerSecond()))
                + foreignWrites(settings);
        if (!settings.inOrder()) {
            return shape
                    + String.format(
                            Locale.ROOT,
                            ", sent by %d concurrent clients whose requests interleave as they happen to, so every count varies from run to run.",
                            settings.clients());
        }
        String races = settings.raceShare() == 0
                ? "no races staged"
                : String.format(
                        Locale.ROOT,
                        "%.0f%% of the writes staged to race a read of the same entity",
                        100 * settings.raceShare());
        return shape + ", run one at a time in simulated-time order with " + races
                + ", starting with the same data in DynamoDB and an empty cache. The cache's clock follows the requests' simulated times,"
                + " so every count is the same on any machine; only latencies vary.";
    }

    private static String foreignWrites(WorkloadSettings settings) {
        if (settings.foreignWriteShare() == 0) {
            return "";
        }
        return String.format(
                Locale.ROOT,
                ", %.0f%% of its writes made straight to DynamoDB by another writer (foreign writes: no step's code sees them)",
                100 * settings.foreignWriteShare());
    }

    private static String comparedWithBase(StepFigures step, StepFigures base) {
        StringBuilder sentence = new StringBuilder(name(step));
        if (step.hitRate() != null) {
            sentence.append(" found ")
                    .append(Format.percent(step.hitRate()).replace(".0%", "%"))
                    .append(" of its cache lookups in the cache and");
        }
        if (step.dynamodbReads() == 0) {
            sentence.append(" made no DynamoDB reads at all (")
                    .append(name(base).toLowerCase())
                    .append(": ")
                    .append(Format.count(base.dynamodbReads()))
                    .append(")");
        } else {
            double ratio = (double) base.dynamodbReads() / step.dynamodbReads();
            sentence.append(
                            ratio >= 1
                                    ? " made " + Format.times(ratio) + " fewer DynamoDB reads than "
                                    : " made " + Format.times(1 / ratio) + " more DynamoDB reads than ")
                    .append(name(base).toLowerCase())
                    .append(" (")
                    .append(Format.count(step.dynamodbReads()))
                    .append(" against ")
                    .append(Format.count(base.dynamodbReads()))
                    .append(")");
        }
        double speed = base.readP50Ms() / step.readP50Ms();
        sentence.append(String.format(
                Locale.ROOT,
                "; its median read took %s against %s (%s %s)",
                Format.millis(step.readP50Ms()),
                Format.millis(base.readP50Ms()),
                Format.times(speed >= 1 ? speed : 1 / speed),
                speed >= 1 ? "faster" : "slower"));
        return sentence.append('.').toString();
    }

    private static String freshness(StepFigures step) {
        if (step.staleReads() == 0) {
            return name(step) + " served no stale reads.";
        }
        return String.format(
                Locale.ROOT,
                "%s served %s stale reads (%.1f%% of its reads), none older than %.1f simulated seconds.",
                name(step),
                Format.count(step.staleReads()),
                100.0 * step.staleShare(),
                step.maxStalenessSeconds());
    }

    private static String cost(List<StepFigures> steps) {
        String each = steps.stream()
                .map(f -> Format.dollars(f.cost().totalUsdPerMillionRequests()) + " in "
                        + f.step().replace('-', ' '))
                .collect(Collectors.joining(", "));
        return "At the list prices below, DynamoDB and Momento together would cost about " + each
                + " per million requests of this workload.";
    }

    private static String sweep(List<SweepPoint> points) {
        Map<String, List<SweepPoint>> byStep = new TreeMap<>();
        points.forEach(point ->
                byStep.computeIfAbsent(point.step(), s -> new ArrayList<>()).add(point));
        List<String> parts = new ArrayList<>();
        byStep.forEach((step, stepPoints) -> {
            stepPoints.sort(Comparator.comparingDouble(SweepPoint::ttlSeconds));
            SweepPoint shortest = stepPoints.get(0);
            SweepPoint longest = stepPoints.get(stepPoints.size() - 1);
            parts.add(String.format(
                    Locale.ROOT,
                    "%s's hit rate went from %s at %s s to %s at %s s while its stale share went from %s to %s",
                    step.replace('-', ' '),
                    Format.percent(shortest.hitRate()),
                    TtlSweep.plain(shortest.ttlSeconds()),
                    Format.percent(longest.hitRate()),
                    TtlSweep.plain(longest.ttlSeconds()),
                    Format.percent(shortest.staleShare()),
                    Format.percent(longest.staleShare())));
        });
        return "Swept over TTLs on the same workload, " + String.join("; ", parts) + ".";
    }

    /** With foreign writes, what bounds a cache's staleness is its TTL alone: says whether every point kept to it. */
    private static String staleness(List<SweepPoint> points) {
        List<String> over = points.stream()
                .filter(p -> p.maxStalenessSeconds() > p.ttlSeconds())
                .map(p -> p.step().replace('-', ' ') + " at " + TtlSweep.plain(p.ttlSeconds()) + " s")
                .toList();
        if (over.isEmpty()) {
            return "No stale read at any point of the sweep was older than the TTL it was served under.";
        }
        return "Stale reads older than the TTL they were served under: " + String.join(", ", over) + ".";
    }

    private static String plainNumber(double value) {
        return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
    }

    private static String name(StepFigures step) {
        return "S" + step.step().substring(1).replace('-', ' ');
    }
}
