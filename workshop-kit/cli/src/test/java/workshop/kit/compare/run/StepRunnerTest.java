package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import workshop.accounts.api.AccountService;
import workshop.accounts.api.ApiRouter;
import workshop.accounts.clients.Clients;
import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AccountTable;
import workshop.accounts.data.ItemMapper;
import workshop.accounts.data.TableKeys;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Organization;
import workshop.accounts.domain.User;
import workshop.kit.backends.LocalBackends;
import workshop.kit.compare.progress.ProgressListener;
import workshop.kit.compare.result.Prices;
import workshop.kit.compare.result.StepFigures;
import workshop.kit.compare.workload.WorkloadSettings;

/** The runner end to end, on the real local backends, against a tiny DynamoDB-only handler. */
class StepRunnerTest {
    private static LocalBackends backends;

    @BeforeAll
    static void start() {
        backends = LocalBackends.start();
    }

    @AfterAll
    static void stop() {
        backends.close();
    }

    /** Every read is one GetItem, every write goes straight to the table: nothing cached, nothing stale. */
    record TableOnlyStore(AccountTable table) implements AccountStore {
        public Optional<User> getUser(String username) {
            return table.getUser(username);
        }

        public void createUser(User user) {
            table.putNewUser(user);
        }

        public User updateUser(String username, NameChange change) {
            return table.updateUserNames(username, change);
        }

        public Optional<Organization> getOrganization(String slug) {
            return table.getOrganization(slug);
        }

        public void createOrganization(Organization organization, Membership founder) {
            table.putNewOrganization(organization, founder);
        }

        public Optional<Membership> getMembership(String organization, String username) {
            return table.findItem(TableKeys.membership(organization, username)).map(ItemMapper::toMembership);
        }

        public void addMember(Membership membership) {
            table.putNewMembership(membership);
        }

        public Membership changeRole(Membership membership) {
            return table.updateRole(membership);
        }

        public void removeMember(String organization, String username) {
            table.deleteMembership(organization, username);
        }
    }

    private static StepUnderTest tinyStep(String name) {
        return new StepUnderTest(name, "Tiny", settings -> {
            ApiRouter router = new ApiRouter(new AccountService(
                    new TableOnlyStore(new AccountTable(Clients.dynamoDb(settings), settings.tableName()))));
            return (event, context) -> router.handle(event);
        });
    }

    private static WorkloadSettings settings(
            int users, int organizations, int members, double writeShare, long requests, int clients, long seed) {
        return new WorkloadSettings(users, organizations, members, writeShare, 1.0, requests, 4, 0.0, clients, seed);
    }

    private static StepFigures runOne(WorkloadSettings settings, StepUnderTest step) {
        return Comparison.run(
                        backends,
                        settings,
                        List.of(step),
                        List.of(),
                        Prices.LIST_PRICES_2025,
                        "test",
                        "test",
                        ProgressListener.NONE)
                .figures()
                .get(0);
    }

    @Test
    void readsOnlyWorkloadHasExactlyKnownCounts() {
        StepFigures figures = runOne(settings(5, 1, 2, 0.0, 41, 1, 3), tinyStep("reads-only"));
        assertThat(figures.requests()).isEqualTo(41);
        assertThat(figures.reads()).isEqualTo(41);
        assertThat(figures.dynamodbReads()).isEqualTo(41); // one GetItem per read, seeding not counted
        assertThat(figures.dynamodbWrites()).isZero();
        assertThat(figures.cacheGets()).isZero();
        assertThat(figures.hitRate()).isNull();
        assertThat(figures.ttlSeconds()).isNull(); // it caches nothing
        assertThat(figures.staleReads()).isZero();
        assertThat(figures.failedRequests()).isZero();
        assertThat(figures.readLatencyByRoute().values().stream()
                        .mapToLong(StepFigures.RouteLatency::reads)
                        .sum())
                .isEqualTo(41);
        assertThat(figures.cost().readUnits()).isEqualTo(41); // every item is far below 4 KB: one unit per read
        assertThat(figures.cost().largestItemBytes()).isBetween(50L, 1024L);
    }

    @Test
    void inOrderEveryWriteTheWorkloadMeansSucceedsAndATableOnlyStepIsNeverStale() {
        StepFigures figures = runOne(settings(6, 2, 2, 0.5, 60, 1, 5), tinyStep("with-writes"));
        assertThat(figures.requests()).isEqualTo(60);
        assertThat(figures.writes()).isPositive();
        assertThat(figures.refusedWrites()).isZero(); // the generator's view of the memberships is exact in order
        assertThat(figures.dynamodbWrites()).isEqualTo(figures.writes()); // one write call each
        assertThat(figures.cost().writeUnits()).isEqualTo(figures.writes());
        assertThat(figures.staleReads()).isZero();
    }

    @Test
    void concurrentClientsRunTheSameNumberOfRequestsAndATableOnlyStepIsNeverStale() {
        StepFigures figures = runOne(settings(6, 2, 2, 0.5, 60, 3, 5), tinyStep("concurrent"));
        assertThat(figures.requests()).isEqualTo(60);
        assertThat(figures.reads() + figures.writes()).isEqualTo(60);
        assertThat(figures.staleReads()).isZero();
    }
}
