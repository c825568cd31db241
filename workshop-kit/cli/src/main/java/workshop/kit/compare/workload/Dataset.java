package workshop.kit.compare.workload;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.Slugs;

/**
 * The users, organizations and memberships a run seeds, derived from the seed alone. Each
 * organization has an Owner (never changed), members it starts with, and as many more candidates
 * who may join later; popularity ranks (which users and organizations are hot) are shuffled, so
 * the hot ones are not simply the first.
 */
public final class Dataset {
    /** One organization: its slug and name, its Owner, and the users who may be its members. */
    public record Org(String name, String slug, String owner, List<String> candidates, List<Member> initialMembers) {}

    public record Member(String username, Role role) {}

    private final List<String> users = new ArrayList<>();
    private final List<Org> organizations = new ArrayList<>();

    public Dataset(WorkloadSettings settings) {
        Random random = new Random(settings.seed());
        for (int i = 0; i < settings.users(); i++) {
            users.add(String.format("user-%04d", i));
        }
        Collections.shuffle(users, random); // list order is popularity rank
        for (int k = 0; k < settings.organizations(); k++) {
            String name = String.format("Org %03d", k);
            String owner = users.get(random.nextInt(users.size()));
            // Distinct users other than the Owner, drawn one by one: copying and shuffling the whole
            // list for every organization would cost users x organizations.
            Set<String> drawn = new LinkedHashSet<>();
            while (drawn.size() < settings.membersPerOrganization() * 2) {
                String user = users.get(random.nextInt(users.size()));
                if (!user.equals(owner)) {
                    drawn.add(user);
                }
            }
            List<String> candidates = List.copyOf(drawn);
            List<Member> initial = new ArrayList<>();
            for (int m = 0; m < settings.membersPerOrganization(); m++) {
                initial.add(new Member(candidates.get(m), m == 0 ? Role.Admin : Role.Member));
            }
            organizations.add(new Org(name, Slugs.of(name), owner, candidates, List.copyOf(initial)));
        }
        Collections.shuffle(organizations, random);
    }

    /** Usernames, most popular first. */
    public List<String> users() {
        return Collections.unmodifiableList(users);
    }

    /** Organizations, most popular first. */
    public List<Org> organizations() {
        return Collections.unmodifiableList(organizations);
    }

    public static String firstNameOf(String username) {
        return "First-" + username;
    }

    public static String lastNameOf(String username) {
        return "Last-" + username;
    }
}
