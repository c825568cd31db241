package workshop.kit.compare;

import java.time.Duration;

/**
 * The shape of one comparison run; the same settings and seed give the same requests.
 *
 * @param users how many users to seed
 * @param organizations how many organizations to seed (each with an Owner)
 * @param membersPerOrganization members each organization starts with besides its Owner
 * @param writeShare the share of requests that are writes (0..1)
 * @param skew the Zipf exponent of popularity (0 = uniform)
 * @param clients concurrent virtual clients, each with its own handler instance
 * @param duration how long each step's workload runs (wall time), unless {@code requests} is set
 * @param requests if above 0, each step runs exactly this many requests instead
 * @param seed the random seed of data and requests
 * @param races false for the non-racing mode: no write overlaps a read or write of the same entity
 * @param speedUp how many times faster than wall time the simulated clock runs
 */
public record WorkloadSettings(
    int users,
    int organizations,
    int membersPerOrganization,
    double writeShare,
    double skew,
    int clients,
    Duration duration,
    long requests,
    long seed,
    boolean races,
    int speedUp) {

  public WorkloadSettings {
    if (users < 2 || organizations < 1 || membersPerOrganization < 1 || clients < 1) {
      throw new IllegalArgumentException("Need at least 2 users, 1 organization, 1 member each and 1 client.");
    }
    if (membersPerOrganization * 2 + 1 > users) {
      throw new IllegalArgumentException("Need more than 2 x members-per-organization users.");
    }
    if (writeShare < 0 || writeShare > 1) {
      throw new IllegalArgumentException("The write share lies in 0..1, not " + writeShare);
    }
    if (skew < 0) {
      throw new IllegalArgumentException("The skew is at least 0, not " + skew);
    }
  }

  /** A copy with another request count (0: run for the duration). */
  public WorkloadSettings withRequests(long newRequests) {
    return new WorkloadSettings(users, organizations, membersPerOrganization, writeShare, skew, clients, duration,
        newRequests, seed, races, speedUp);
  }
}
