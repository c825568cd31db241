package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
    public Optional<User> getUser(String username) { return table.getUser(username); }
    public void createUser(User user) { table.putNewUser(user); }
    public User updateUser(String username, NameChange change) { return table.updateUserNames(username, change); }
    public Optional<Organization> getOrganization(String slug) { return table.getOrganization(slug); }
    public void createOrganization(Organization organization, Membership founder) { table.putNewOrganization(organization, founder); }
    public Optional<Membership> getMembership(String organization, String username) {
      return table.findItem(TableKeys.membership(organization, username)).map(ItemMapper::toMembership);
    }
    public void addMember(Membership membership) { table.putNewMembership(membership); }
    public Membership changeRole(Membership membership) { return table.updateRole(membership); }
    public void removeMember(String organization, String username) { table.deleteMembership(organization, username); }
  }

  private static StepUnderTest tinyStep(String name) {
    return new StepUnderTest(name, "Tiny", settings -> {
      ApiRouter router = new ApiRouter(new AccountService(
          new TableOnlyStore(new AccountTable(Clients.dynamoDb(settings), settings.tableName()))));
      return (event, context) -> router.handle(event);
    });
  }

  @Test
  void readsOnlyWorkloadHasExactlyKnownCounts() {
    WorkloadSettings settings = new WorkloadSettings(5, 1, 2, 0.0, 1.0, 2, Duration.ofSeconds(30), 41, 3, true, 60);
    ComparisonResult result = Comparison.run(backends, settings, List.of(tinyStep("reads-only")), "test", "test", ProgressListener.NONE);
    StepFigures figures = result.figures().get(0);
    assertThat(figures.requests()).isEqualTo(41);
    assertThat(figures.reads()).isEqualTo(41);
    assertThat(figures.dynamodbReads()).isEqualTo(41); // one GetItem per read, seeding not counted
    assertThat(figures.dynamodbWrites()).isZero();
    assertThat(figures.cacheGets()).isZero();
    assertThat(figures.hitRate()).isNull();
    assertThat(figures.staleReads()).isZero();
    assertThat(figures.failedRequests()).isZero();
    assertThat(figures.readLatencyByRoute().values().stream().mapToLong(StepFigures.RouteLatency::reads).sum()).isEqualTo(41);
  }

  @Test
  void writesGoIntoTheGroundTruthAndATableOnlyStepIsNeverStale() {
    WorkloadSettings settings = new WorkloadSettings(6, 2, 2, 0.5, 1.0, 3, Duration.ofSeconds(30), 60, 5, true, 60);
    StepRecording recording = new StepRunner(backends, new SimulatedTime(backends.localMomento().get().clock(), 60), settings,
        ProgressListener.NONE).run(tinyStep("with-writes"));
    StepFigures figures = new StepAnalyzer(10).analyze(recording).figures();
    assertThat(figures.requests()).isEqualTo(60);
    assertThat(figures.writes()).isPositive();
    // 6 users + 2 organizations + 4 members seeded, plus every write the service accepted
    assertThat(recording.truth().size()).isEqualTo(12 + figures.writes() - figures.refusedWrites() - figures.failedRequests());
    // one write call per accepted write; a refused one may have made its (conditional) call too
    assertThat(figures.dynamodbWrites()).isBetween(figures.writes() - figures.refusedWrites(), figures.writes());
    assertThat(figures.staleReads()).isZero();
  }
}
