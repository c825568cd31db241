package workshop.kit.compare.workload;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import workshop.accounts.domain.Role;

/**
 * Who the workload believes belongs to which organization, so it asks for writes that should
 * succeed (remove a member, add a non-member). The generator updates it as it makes each write,
 * never from the answers, so every step gets the same requests; a write the service refuses
 * (404/409) is counted. With concurrent clients, writes may land out of order and be refused.
 */
final class MembershipModel {
    private final Map<String, Map<String, Role>> members = new HashMap<>();

    MembershipModel(Dataset dataset) {
        for (Dataset.Org org : dataset.organizations()) {
            Map<String, Role> roles = new HashMap<>();
            org.initialMembers().forEach(member -> roles.put(member.username(), member.role()));
            members.put(org.slug(), roles);
        }
    }

    /** The members besides the Owner, in the candidates' order. */
    List<String> membersOf(Dataset.Org org) {
        Map<String, Role> roles = members.get(org.slug());
        List<String> current = new ArrayList<>();
        for (String candidate : org.candidates()) {
            if (roles.containsKey(candidate)) {
                current.add(candidate);
            }
        }
        return current;
    }

    List<String> nonMembersOf(Dataset.Org org) {
        Map<String, Role> roles = members.get(org.slug());
        List<String> outside = new ArrayList<>();
        for (String candidate : org.candidates()) {
            if (!roles.containsKey(candidate)) {
                outside.add(candidate);
            }
        }
        return outside;
    }

    Role roleOf(String slug, String username) {
        return members.get(slug).get(username);
    }

    void joined(String slug, String username, Role role) {
        members.get(slug).put(username, role);
    }

    void left(String slug, String username) {
        members.get(slug).remove(username);
    }
}
