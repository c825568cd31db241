package workshop.verification.robustness;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import workshop.accounts.domain.Role;
import workshop.verification.robustness.Request.Kind;

/**
 * A seeded mix of reads and writes over a small universe of users and organizations, so that
 * requests collide on the same keys often: creates, reads, name changes, memberships added, changed
 * and removed. The same seed gives the same requests on every run.
 *
 * <p>Given a model ({@link #guidedBy}), it picks an organization's managers as actors most of the
 * time, so that most membership writes are allowed and actually change something.
 */
public final class MixedWorkload {
    private static final Role[] ROLES = Role.values();

    private final Random random;
    private final List<String> users = new ArrayList<>();
    private final List<String> organizationNames = new ArrayList<>();
    private AccountModel model;
    private int sequence;

    public MixedWorkload(long seed, int userCount, int organizationCount) {
        this(seed, "u", userCount, "Org ", organizationCount);
    }

    public MixedWorkload(
            long seed, String userPrefix, int userCount, String organizationPrefix, int organizationCount) {
        this.random = new Random(seed);
        for (int i = 0; i < userCount; i++) users.add(userPrefix + i);
        for (int i = 0; i < organizationCount; i++) organizationNames.add(organizationPrefix + i);
    }

    public MixedWorkload guidedBy(AccountModel guide) {
        this.model = guide;
        return this;
    }

    public List<String> users() {
        return List.copyOf(users);
    }

    public List<String> organizationSlugs() {
        return organizationNames.stream()
                .map(workshop.accounts.domain.Slugs::of)
                .toList();
    }

    public Request next() {
        int dice = random.nextInt(100);
        String user = pick(users);
        String orgName = pick(organizationNames);
        String slug = workshop.accounts.domain.Slugs.of(orgName);
        int n = ++sequence;
        if (dice < 15) return request(Kind.GET_USER, null, user, null, null, null, null);
        if (dice < 25) return request(Kind.GET_ORGANIZATION, null, null, slug, null, null, null);
        if (dice < 45) return request(Kind.GET_MEMBERSHIP, null, user, slug, null, null, null);
        if (dice < 55) return request(Kind.CREATE_USER, null, user, null, "First" + n, "Last" + n, null);
        if (dice < 65) {
            String actor = random.nextInt(10) < 9 ? user : pick(users);
            boolean both = random.nextBoolean();
            return request(Kind.UPDATE_USER, actor, user, null, "First" + n, both ? "Last" + n : null, null);
        }
        if (dice < 70) return request(Kind.CREATE_ORGANIZATION, pick(users), null, orgName, null, null, null);
        String actor = manager(slug);
        String role = ROLES[random.nextInt(ROLES.length)].name();
        if (dice < 82) return request(Kind.ADD_MEMBER, actor, user, slug, null, null, role);
        if (dice < 90) return request(Kind.CHANGE_ROLE, actor, user, slug, null, null, role);
        return request(Kind.REMOVE_MEMBER, actor, user, slug, null, null, null);
    }

    private String manager(String slug) {
        if (model != null && random.nextInt(4) != 0) {
            List<String> managers = users.stream()
                    .filter(u -> model.membership(slug, u)
                            .map(m -> m.role().canManageMembers())
                            .orElse(false))
                    .toList();
            if (!managers.isEmpty()) return pick(managers);
        }
        return pick(users);
    }

    private <T> T pick(List<T> from) {
        return from.get(random.nextInt(from.size()));
    }

    private static Request request(
            Kind kind, String actor, String username, String org, String first, String last, String role) {
        return new Request(kind, actor, username, org, first, last, role);
    }
}
