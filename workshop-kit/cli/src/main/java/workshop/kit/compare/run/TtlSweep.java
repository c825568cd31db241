package workshop.kit.compare.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import workshop.kit.compare.result.StepAnalysis;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.result.SweepPoint;

/**
 * The trade-off as a curve: each step that caches, run at several TTLs on the same workload.
 *
 * <p><b>How a step runs at another TTL without touching its code.</b> A step's TTL is a constant in
 * its {@code AccountRepository}, which stays as plain as the learner wrote it. What decides hit
 * rate and staleness, though, is not the TTL alone but how many requests arrive while an entry
 * lives: the TTL measured against the time between requests. So the sweep keeps the step's own TTL
 * T and stretches the workload's time instead: the same requests, arriving T / X times slower, meet
 * a T-second entry exactly as they would meet an X-second one at the usual pace. Nothing else in a
 * run depends on time, so this is exact, not an approximation: it is the run with TTL X, every
 * time in it measured in units T / X times longer. Staleness, measured in that run's seconds, is
 * divided by T / X to be read at the usual pace. (A learner's step with different TTLs per entity
 * is swept by the TTL of its user lookups, which the probe sees.)
 */
public final class TtlSweep {
    private TtlSweep() {}

    /**
     * @param baseline the steps' runs at the usual pace, reused where a step's own TTL is on the list
     * @param steps the steps those runs were of, in the same order
     */
    static List<SweepPoint> run(
            StepRunner runner, List<StepAnalysis> baseline, List<StepUnderTest> steps, List<Double> ttls) {
        List<SweepPoint> points = new ArrayList<>();
        for (int i = 0; i < steps.size(); i++) {
            StepFigures usual = baseline.get(i).figures();
            if (usual.ttlSeconds() == null) {
                continue; // a step that caches nothing has no TTL to sweep
            }
            double stepTtl = usual.ttlSeconds();
            for (double ttl : ttls) {
                double timeScale = stepTtl / ttl;
                if (ttl == stepTtl) {
                    points.add(SweepPoint.of(usual, ttl, 1.0));
                    continue;
                }
                String runName = String.format(Locale.ROOT, "compare-%s-ttl-%s", usual.step(), plain(ttl));
                String label = String.format(Locale.ROOT, "%s as if TTL %s s", usual.step(), plain(ttl));
                StepFigures figures =
                        runner.run(steps.get(i), timeScale, runName, label).figures();
                points.add(SweepPoint.of(figures, ttl, timeScale));
            }
        }
        return points;
    }

    /** 300 rather than 300.0; 2.5 stays 2.5. */
    public static String plain(double seconds) {
        return seconds == Math.rint(seconds) ? Long.toString((long) seconds) : Double.toString(seconds);
    }
}
