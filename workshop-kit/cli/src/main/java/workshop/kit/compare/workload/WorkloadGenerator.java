package workshop.kit.compare.workload;

import java.util.List;
import java.util.Random;
import workshop.accounts.domain.Role;

/**
 * The workload: reads of users, organizations and memberships with Zipf-like popularity, and a
 * share of writes (name changes, role changes, members added and removed) aimed at the same
 * popular entities, so that caching and staleness both show. Each request comes with its simulated
 * arrival time ({@link ArrivalTimes}), a share of the writes comes as a staged race with a read
 * of the same entity, and a share of the writes is foreign: made straight to DynamoDB, behind the
 * service's back.
 *
 * <p>Everything is derived from the seed alone, never from the answers: the generator keeps its own
 * view of the memberships and assumes its writes succeed. So every step, on every machine, gets
 * exactly the same requests, and a write the service refuses is the service's doing.
 */
public final class WorkloadGenerator {
    private final Dataset dataset;
    private final MembershipModel model;
    private final double writeShare;
    private final double raceShare;
    private final double foreignShare;
    private final Zipf userPopularity;
    private final Zipf organizationPopularity;
    private final Random requests;
    private final Random races;
    private final Random origins;
    private final ArrivalTimes arrivals;
    private final long total;
    private long emitted;
    private long nameChanges;

    /**
     * @param timeScale how much slower (above 1) or faster (below 1) than {@code settings} says the
     *     requests arrive; the requests themselves do not change
     */
    public WorkloadGenerator(Dataset dataset, WorkloadSettings settings, double timeScale) {
        this.dataset = dataset;
        this.model = new MembershipModel(dataset);
        this.writeShare = settings.writeShare();
        this.raceShare = settings.stagedRaceShare();
        this.foreignShare = settings.foreignWriteShare();
        this.userPopularity = new Zipf(dataset.users().size(), settings.skew());
        this.organizationPopularity = new Zipf(dataset.organizations().size(), settings.skew());
        this.requests = new Random(streamSeed(settings.seed(), 1));
        this.races = new Random(streamSeed(settings.seed(), 2));
        // Its own stream, drawn for every write whatever the share: the requests, their times and the
        // races stay those of the same seed without foreign writes, and a write foreign at one share
        // is foreign at every larger share too.
        this.origins = new Random(streamSeed(settings.seed(), 4));
        this.arrivals = new ArrivalTimes(arrivalSeed(settings.seed()), settings.requestsPerSecond(), timeScale);
        this.total = settings.requests();
    }

    /**
     * When the workload's last request arrives at this time scale, in simulated nanoseconds since the
     * workload began: how long it lasts, worked out without making any request.
     */
    public static long lastArrival(WorkloadSettings settings, double timeScale) {
        return ArrivalTimes.lastOf(
                arrivalSeed(settings.seed()), settings.requestsPerSecond(), timeScale, settings.requests());
    }

    /** The seed of the arrival times, the generator's and {@link #lastArrival}'s alike. */
    private static long arrivalSeed(long seed) {
        return streamSeed(seed, 3);
    }

    private static long streamSeed(long seed, int stream) {
        return seed * 1_000_003L + stream;
    }

    /** The next request, or null when the workload is done. Safe to call from several clients. */
    public synchronized TimedCall next() {
        if (emitted >= total) {
            return null;
        }
        boolean write = requests.nextDouble() < writeShare;
        ApiCall call = write ? nextWrite() : nextRead();
        boolean race = write && races.nextDouble() < raceShare && total - emitted >= 2;
        boolean foreign = write && origins.nextDouble() < foreignShare;
        if (race) {
            long readAt = arrivals.next();
            TimedCall landing = new TimedCall(arrivals.next(), call, null, foreign);
            emitted += 2;
            return new TimedCall(readAt, readOf(call), landing, false);
        }
        emitted++;
        return new TimedCall(arrivals.next(), call, null, foreign);
    }

    private ApiCall nextRead() {
        double kind = requests.nextDouble();
        if (kind < 0.5) {
            return getUser(popularUser());
        }
        Dataset.Org org = popularOrganization();
        if (kind < 0.7) {
            return new ApiCall(
                    RouteGroup.GET_ORGANIZATION,
                    "GET",
                    "/organizations/" + org.slug(),
                    null,
                    null,
                    Entities.organization(org.slug()));
        }
        return getMembership(
                org.slug(),
                org.candidates().get(requests.nextInt(org.candidates().size())));
    }

    private ApiCall nextWrite() {
        double kind = requests.nextDouble();
        if (kind < 0.4) {
            String username = popularUser();
            String body = "{\"firstName\":\"Name-" + ++nameChanges
                    + "\"}"; // unique, so every state tells which write left it
            return new ApiCall(
                    RouteGroup.UPDATE_USER, "PATCH", "/users/" + username, username, body, Entities.user(username));
        }
        Dataset.Org org = popularOrganization();
        List<String> members = model.membersOf(org);
        List<String> outsiders = model.nonMembersOf(org);
        boolean canRemove = members.size() > 1;
        boolean canAdd = !outsiders.isEmpty();
        if (kind < 0.7 && !members.isEmpty()) {
            String username = pick(members);
            Role newRole = model.roleOf(org.slug(), username) == Role.Admin ? Role.Member : Role.Admin;
            model.joined(org.slug(), username, newRole);
            return new ApiCall(
                    RouteGroup.CHANGE_ROLE,
                    "PATCH",
                    memberPath(org.slug(), username),
                    org.owner(),
                    "{\"role\":\"" + newRole + "\"}",
                    Entities.membership(org.slug(), username));
        }
        if ((kind < 0.85 && canAdd) || !canRemove) {
            String username =
                    canAdd ? pick(outsiders) : pick(org.candidates()); // the latter is refused: all are members
            model.joined(org.slug(), username, Role.Member);
            return new ApiCall(
                    RouteGroup.ADD_MEMBER,
                    "POST",
                    "/organizations/" + org.slug() + "/members",
                    org.owner(),
                    "{\"username\":\"" + username + "\",\"role\":\"Member\"}",
                    Entities.membership(org.slug(), username));
        }
        String username = pick(members);
        model.left(org.slug(), username);
        return new ApiCall(
                RouteGroup.REMOVE_MEMBER,
                "DELETE",
                memberPath(org.slug(), username),
                org.owner(),
                null,
                Entities.membership(org.slug(), username));
    }

    /** The read of the entity a write changes: the read a staged race sets against it. */
    private static ApiCall readOf(ApiCall write) {
        String[] parts = write.entity().split("/"); // user/<u> or membership/<o>/<u>
        return parts[0].equals("user") ? getUser(parts[1]) : getMembership(parts[1], parts[2]);
    }

    private static ApiCall getUser(String username) {
        return new ApiCall(RouteGroup.GET_USER, "GET", "/users/" + username, null, null, Entities.user(username));
    }

    private static ApiCall getMembership(String slug, String username) {
        return new ApiCall(
                RouteGroup.GET_MEMBERSHIP,
                "GET",
                memberPath(slug, username),
                null,
                null,
                Entities.membership(slug, username));
    }

    private String popularUser() {
        return dataset.users().get(userPopularity.next(requests));
    }

    private Dataset.Org popularOrganization() {
        return dataset.organizations().get(organizationPopularity.next(requests));
    }

    private String pick(List<String> from) {
        return from.get(requests.nextInt(from.size()));
    }

    private static String memberPath(String slug, String username) {
        return "/organizations/" + slug + "/members/" + username;
    }
}
