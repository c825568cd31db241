package workshop.kit.compare;

import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import workshop.accounts.domain.Role;

/**
 * The requests of one virtual client: reads of users, organizations and memberships with Zipf-like
 * popularity, and a share of writes (name changes, role changes, members added and removed) aimed
 * at the same popular entities, so that caching and staleness both show. Seeded per client.
 */
public final class WorkloadGenerator {
  private final Dataset dataset;
  private final MembershipModel model;
  private final double writeShare;
  private final Zipf userPopularity;
  private final Zipf organizationPopularity;
  private final AtomicLong nameChanges;
  private final Random random;

  /**
   * @param nameChanges shared by all clients of a run, so that every name change is unique and
   *     every user state tells which write left it
   */
  public WorkloadGenerator(Dataset dataset, MembershipModel model, WorkloadSettings settings, int client, AtomicLong nameChanges) {
    this.dataset = dataset;
    this.model = model;
    this.writeShare = settings.writeShare();
    this.userPopularity = new Zipf(dataset.users().size(), settings.skew());
    this.organizationPopularity = new Zipf(dataset.organizations().size(), settings.skew());
    this.nameChanges = nameChanges;
    this.random = new Random(settings.seed() * 1_000_003L + client);
  }

  public ApiCall next() {
    return random.nextDouble() < writeShare ? nextWrite() : nextRead();
  }

  private ApiCall nextRead() {
    double kind = random.nextDouble();
    if (kind < 0.5) {
      String username = popularUser();
      return new ApiCall(RouteGroup.GET_USER, "GET", "/users/" + username, null, null, Entities.user(username));
    }
    Dataset.Org org = popularOrganization();
    if (kind < 0.7) {
      return new ApiCall(RouteGroup.GET_ORGANIZATION, "GET", "/organizations/" + org.slug(), null, null,
          Entities.organization(org.slug()));
    }
    String username = org.candidates().get(random.nextInt(org.candidates().size()));
    return new ApiCall(RouteGroup.GET_MEMBERSHIP, "GET", memberPath(org, username), null, null,
        Entities.membership(org.slug(), username));
  }

  private ApiCall nextWrite() {
    double kind = random.nextDouble();
    if (kind < 0.4) {
      String username = popularUser();
      String body = "{\"firstName\":\"Name-" + nameChanges.incrementAndGet() + "\"}";
      return new ApiCall(RouteGroup.UPDATE_USER, "PATCH", "/users/" + username, username, body, Entities.user(username));
    }
    Dataset.Org org = popularOrganization();
    List<String> members = model.membersOf(org);
    List<String> outsiders = model.nonMembersOf(org);
    boolean canRemove = members.size() > 1;
    boolean canAdd = !outsiders.isEmpty();
    if (kind < 0.7 && !members.isEmpty()) {
      String username = pick(members);
      Role newRole = model.roleOf(org.slug(), username) == Role.Admin ? Role.Member : Role.Admin;
      return new ApiCall(RouteGroup.CHANGE_ROLE, "PATCH", memberPath(org, username), org.owner(),
          "{\"role\":\"" + newRole + "\"}", Entities.membership(org.slug(), username));
    }
    if ((kind < 0.85 && canAdd) || !canRemove) {
      String username = canAdd ? pick(outsiders) : pick(org.candidates());
      return new ApiCall(RouteGroup.ADD_MEMBER, "POST", "/organizations/" + org.slug() + "/members", org.owner(),
          "{\"username\":\"" + username + "\",\"role\":\"Member\"}", Entities.membership(org.slug(), username));
    }
    String username = pick(members);
    return new ApiCall(RouteGroup.REMOVE_MEMBER, "DELETE", memberPath(org, username), org.owner(), null,
        Entities.membership(org.slug(), username));
  }

  private String popularUser() {
    return dataset.users().get(userPopularity.next(random));
  }

  private Dataset.Org popularOrganization() {
    return dataset.organizations().get(organizationPopularity.next(random));
  }

  private String pick(List<String> from) {
    return from.get(random.nextInt(from.size()));
  }

  private static String memberPath(Dataset.Org org, String username) {
    return "/organizations/" + org.slug() + "/members/" + username;
  }
}
