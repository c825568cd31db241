package workshop.kit.compare.workload;

/**
 * The shape of one comparison run; the same settings and seed give the same requests, at the same
 * simulated times, in every step and on every machine.
 *
 * @param users how many users to seed
 * @param organizations how many organizations to seed (each with an Owner)
 * @param membersPerOrganization members each organization starts with besides its Owner
 * @param writeShare the share of requests that are writes (0..1)
 * @param skew the Zipf exponent of popularity (0 = uniform)
 * @param requests how many requests each step runs
 * @param requestsPerSecond how many requests arrive per simulated second, on average: with the
 *     TTL, this decides how many requests an entry serves before it expires
 * @param raceShare the share of writes that race a read of the same entity: the read misses,
 *     loads the old state from DynamoDB, and the write lands before the read stores what it loaded
 *     (0 for none)
 * @param foreignWriteShare the share of writes that bypass the service: another service or a batch
 *     job writes DynamoDB directly, so no step's code sees the change and no cache is refreshed by
 *     it (0 for none: every write goes through the service)
 * @param clients 1 to run every request in simulated-time order on one thread (the counts are then
 *     the same on every machine); more to run that many concurrent clients, whose interleaving, and
 *     so whose counts, vary from run to run
 * @param seed the random seed of data, requests and their times
 */
public record WorkloadSettings(
        int users,
        int organizations,
        int membersPerOrganization,
        double writeShare,
        double skew,
        long requests,
        double requestsPerSecond,
        double raceShare,
        double foreignWriteShare,
        int clients,
        long seed) {

    /** A workload whose every write goes through the service: no foreign writes. */
    public WorkloadSettings(
            int users,
            int organizations,
            int membersPerOrganization,
            double writeShare,
            double skew,
            long requests,
            double requestsPerSecond,
            double raceShare,
            int clients,
            long seed) {
        this(
                users,
                organizations,
                membersPerOrganization,
                writeShare,
                skew,
                requests,
                requestsPerSecond,
                raceShare,
                0,
                clients,
                seed);
    }

    public WorkloadSettings {
        if (users < 2 || organizations < 1 || membersPerOrganization < 1 || clients < 1) {
            throw new IllegalArgumentException("Need at least 2 users, 1 organization, 1 member each and 1 client.");
        }
        if ((long) membersPerOrganization * 2 + 1 > users) {
            throw new IllegalArgumentException("Need more than 2 x members-per-organization users.");
        }
        if (!(writeShare >= 0 && writeShare <= 1)) {
            throw new IllegalArgumentException("The write share lies in 0..1, not " + writeShare);
        }
        if (!(skew >= 0)) {
            throw new IllegalArgumentException("The skew is at least 0, not " + skew);
        }
        if (requests < 1) {
            throw new IllegalArgumentException("Need at least 1 request, not " + requests);
        }
        if (!(requestsPerSecond > 0) || Double.isInfinite(requestsPerSecond)) {
            throw new IllegalArgumentException("The request rate is above 0, not " + requestsPerSecond);
        }
        if (!(raceShare >= 0 && raceShare <= 1)) {
            throw new IllegalArgumentException("The race share lies in 0..1, not " + raceShare);
        }
        if (!(foreignWriteShare >= 0 && foreignWriteShare <= 1)) {
            throw new IllegalArgumentException("The foreign write share lies in 0..1, not " + foreignWriteShare);
        }
    }

    /** True when requests run one at a time in simulated-time order, so every count is repeatable. */
    public boolean inOrder() {
        return clients == 1;
    }

    /**
     * The race share in effect: races are staged only when requests run in order; concurrent
     * clients race each other by themselves, as they happen to.
     */
    public double stagedRaceShare() {
        return inOrder() ? raceShare : 0;
    }

    public WorkloadSettings withRequests(long newRequests) {
        return new WorkloadSettings(
                users,
                organizations,
                membersPerOrganization,
                writeShare,
                skew,
                newRequests,
                requestsPerSecond,
                raceShare,
                foreignWriteShare,
                clients,
                seed);
    }

    public WorkloadSettings withClients(int newClients) {
        return new WorkloadSettings(
                users,
                organizations,
                membersPerOrganization,
                writeShare,
                skew,
                requests,
                requestsPerSecond,
                raceShare,
                foreignWriteShare,
                newClients,
                seed);
    }

    public WorkloadSettings withRaceShare(double newRaceShare) {
        return new WorkloadSettings(
                users,
                organizations,
                membersPerOrganization,
                writeShare,
                skew,
                requests,
                requestsPerSecond,
                newRaceShare,
                foreignWriteShare,
                clients,
                seed);
    }

    public WorkloadSettings withForeignWriteShare(double newForeignWriteShare) {
        return new WorkloadSettings(
                users,
                organizations,
                membersPerOrganization,
                writeShare,
                skew,
                requests,
                requestsPerSecond,
                raceShare,
                newForeignWriteShare,
                clients,
                seed);
    }
}
