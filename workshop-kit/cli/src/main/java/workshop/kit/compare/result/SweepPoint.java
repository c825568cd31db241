package workshop.kit.compare.result;

/**
 * One step at one TTL of a {@link workshop.kit.compare.run.TtlSweep}.
 *
 * @param ttlSeconds the TTL this point stands for, at the workload's usual pace
 * @param stepTtlSeconds the TTL the step's code caches for
 * @param timeScale how much slower than usual the requests arrived in this run: stepTtl / ttl
 * @param hitRate hits among cache lookups; null if there were none
 * @param staleShare stale reads among all reads (0..1)
 * @param maxStalenessSeconds the oldest staleness, in seconds at the usual pace
 * @param usdPerMillionRequests the estimated DynamoDB and Momento cost per million requests
 */
public record SweepPoint(
        String step,
        String title,
        double ttlSeconds,
        double stepTtlSeconds,
        double timeScale,
        long reads,
        Double hitRate,
        long staleReads,
        double staleShare,
        double maxStalenessSeconds,
        long dynamodbReads,
        double usdPerMillionRequests) {

    public static SweepPoint of(StepFigures figures, double ttlSeconds, double timeScale) {
        return new SweepPoint(
                figures.step(),
                figures.title(),
                ttlSeconds,
                figures.ttlSeconds(),
                timeScale,
                figures.reads(),
                figures.hitRate(),
                figures.staleReads(),
                figures.staleShare(),
                figures.maxStalenessSeconds() / timeScale,
                figures.dynamodbReads(),
                figures.cost().totalUsdPerMillionRequests());
    }
}
