package workshop.kit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import workshop.accounts.domain.Role;

/**
 * Who the workload believes belongs to which organization, so it mostly asks for writes that
 * succeed (remove a member, add a non-member). Clients update it from the answers; under
 * concurrency it can lag, and then a write is refused (404/409): counted, not a problem.
 */
public final class MembershipModel {
  private final Map<String, Map<String, Role>> members = new ConcurrentHashMap<>();

  public MembershipModel(Dataset dataset) {
    for (Dataset.Org org : dataset.organizations()) {
      Map<String, Role> roles = new ConcurrentHashMap<>();
      org.initialMembers().forEach(member -> roles.put(member.username(), member.role()));
      members.put(org.slug(), roles);
    }
  }

  /** The members besides the Owner, in the candidates' order. */
  public List<String> membersOf(Dataset.Org org) {
    Map<String, Role> roles = members.get(org.slug());
    List<String> current = new ArrayList<>();
    for (String candidate : org.candidates()) {
      if (roles.containsKey(candidate)) {
        current.add(candidate);
      }
    }
    return current;
  }

  public List<String> nonMembersOf(Dataset.Org org) {
    Map<String, Role> roles = members.get(org.slug());
    List<String> outside = new ArrayList<>();
    for (String candidate : org.candidates()) {
      if (!roles.containsKey(candidate)) {
        outside.add(candidate);
      }
    }
    return outside;
  }

  public Role roleOf(String slug, String username) {
    return members.get(slug).get(username);
  }

  public void joined(String slug, String username, Role role) {
    members.get(slug).put(username, role);
  }

  public void left(String slug, String username) {
    members.get(slug).remove(username);
  }
}
