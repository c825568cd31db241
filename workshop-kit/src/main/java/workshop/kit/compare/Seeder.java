package workshop.kit.compare;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import workshop.kit.gateway.HttpApiEvents;

/**
 * Creates the dataset through the step's own API, as its users would have: users, then
 * organizations (each with its Owner), then their first members. Spread over the clients' handlers;
 * every write goes into the ground truth. The simulated clock stands still meanwhile, and
 * none of this is counted in the figures.
 */
final class Seeder {
  private static final int MAX_ATTEMPTS = 5;
  private final Dataset dataset;
  private final TruthLog truth;
  private final SimulatedTime time;

  Seeder(Dataset dataset, TruthLog truth, SimulatedTime time) {
    this.dataset = dataset;
    this.truth = truth;
    this.time = time;
  }

  void seed(String step, List<RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers, ExecutorService pool) {
    List<ApiCall> users = new ArrayList<>();
    for (String username : dataset.users()) {
      users.add(new ApiCall(RouteGroup.UPDATE_USER, "POST", "/users", null,
          String.format("{\"username\":\"%s\",\"firstName\":\"%s\",\"lastName\":\"%s\"}",
              username, Dataset.firstNameOf(username), Dataset.lastNameOf(username)),
          Entities.user(username)));
    }
    List<ApiCall> organizations = new ArrayList<>();
    List<ApiCall> members = new ArrayList<>();
    for (Dataset.Org org : dataset.organizations()) {
      organizations.add(new ApiCall(RouteGroup.ADD_MEMBER, "POST", "/organizations", org.owner(),
          "{\"organizationName\":\"" + org.name() + "\"}", Entities.organization(org.slug())));
      for (Dataset.Member member : org.initialMembers()) {
        members.add(new ApiCall(RouteGroup.ADD_MEMBER, "POST", "/organizations/" + org.slug() + "/members", org.owner(),
            "{\"username\":\"" + member.username() + "\",\"role\":\"" + member.role() + "\"}",
            Entities.membership(org.slug(), member.username())));
      }
    }
    runAll(step, users, handlers, pool);
    runAll(step, organizations, handlers, pool);
    runAll(step, members, handlers, pool);
  }

  private void runAll(String step, List<ApiCall> calls, List<RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers,
      ExecutorService pool) {
    List<Future<?>> parts = new ArrayList<>();
    for (int client = 0; client < handlers.size(); client++) {
      var handler = handlers.get(client);
      List<ApiCall> share = new ArrayList<>();
      for (int i = client; i < calls.size(); i += handlers.size()) {
        share.add(calls.get(i));
      }
      parts.add(pool.submit(() -> share.forEach(call -> send(step, handler, call))));
    }
    for (Future<?> part : parts) {
      try {
        part.get();
      } catch (ExecutionException e) {
        throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while seeding", e);
      }
    }
  }

  private void send(String step, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> handler, ApiCall call) {
    long startedAt = time.now();
    APIGatewayV2HTTPResponse response = null;
    for (int attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
      response = handler.handleRequest(HttpApiEvents.event(call.method(), call.path(), call.headers(), call.body()), null);
      if (response.getStatusCode() != 503) {
        break; // 503: the local DynamoDB was busy (moto_server now and then fails concurrent transactions)
      }
      pause(attempt);
    }
    if (response.getStatusCode() / 100 != 2) {
      throw new SeedingFailedException(step + " could not seed its data: " + call.method() + " " + call.path()
          + " answered " + response.getStatusCode() + " " + response.getBody()
          + ". Does this step pass ./workshop check?");
    }
    String state = Entities.stateOf(response.getStatusCode(), response.getBody());
    truth.record(new WriteRecord(call.entity(), state, startedAt, time.now()));
  }

  private static void pause(int attempt) {
    try {
      Thread.sleep(20L * attempt);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** The step's API refused the seed data: its code is not far enough yet to be measured. */
  public static final class SeedingFailedException extends RuntimeException {
    SeedingFailedException(String message) {
      super(message);
    }
  }
}
