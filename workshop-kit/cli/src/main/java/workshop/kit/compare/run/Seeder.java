package workshop.kit.compare.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.Role;
import workshop.accounts.domain.User;
import workshop.kit.compare.freshness.GroundTruth;
import workshop.kit.compare.workload.Dataset;
import workshop.kit.compare.workload.Entities;

/**
 * Puts the dataset into the step's table before the workload: users, organizations with their
 * Owners, and their first members, as data that was there before the cache was. It goes straight
 * into DynamoDB (in batches, through the run's uncounted client), behind every step's back, so each
 * step starts with an empty cache and the figures show what the workload did, not what seeding
 * left in the cache. The same items the service writes ({@link ItemMapper}), and the same states
 * its answers show, go into the ground truth, all at the workload's start.
 */
final class Seeder {
    private Seeder() {}

    static void seed(Dataset dataset, RunTable table, GroundTruth truth, long at) {
        List<Map<String, AttributeValue>> items = new ArrayList<>();
        for (String username : dataset.users()) {
            User user = new User(username, Dataset.firstNameOf(username), Dataset.lastNameOf(username));
            items.add(ItemMapper.toItem(user));
            truth.written(Entities.user(username), Entities.stateOf(user), at, at);
        }
        for (Dataset.Org org : dataset.organizations()) {
            Organization organization = new Organization(org.slug(), org.name(), org.owner());
            items.add(ItemMapper.toItem(organization));
            truth.written(Entities.organization(org.slug()), Entities.stateOf(organization), at, at);
            List<Membership> memberships = new ArrayList<>();
            memberships.add(new Membership(org.slug(), org.owner(), Role.Owner));
            org.initialMembers()
                    .forEach(member -> memberships.add(new Membership(org.slug(), member.username(), member.role())));
            for (Membership membership : memberships) {
                items.add(ItemMapper.toItem(membership));
                truth.written(
                        Entities.membership(org.slug(), membership.username()), Entities.stateOf(membership), at, at);
            }
        }
        table.putAll(items);
    }
}
