package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.accounts.clients.Clients;
import workshop.accounts.domain.User;

/**
 * Lambda reuses an execution environment for many invocations: the handler builds its clients
 * once, when Lambda creates it, not per invocation.
 */
public class ClientWiringChecks extends StepChecks {

  @Test
  @DisplayName("One handler serving many invocations builds one DynamoDB client and opens at most one cache connection")
  void clientsAreCreatedOncePerEnvironment() throws Exception {
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    int before = momento().connectionsOpened();
    int dynamoDbClientsBefore = Clients.dynamoDbClientsBuilt();
    var handler = newHandler(settings);
    AccountApi oneEnvironment = new AccountApi(handler);
    for (int i = 0; i < 5; i++) {
      expectStatus(oneEnvironment.getUser("alice"), 200);
      expectStatus(oneEnvironment.getUser("nobody-" + i), 404);
    }
    int opened = momento().connectionsOpened() - before;
    int dynamoDbClients = Clients.dynamoDbClientsBuilt() - dynamoDbClientsBefore;
    closeHandler(handler);
    assertThat(dynamoDbClients)
        .withFailMessage(
            "A handler and 10 invocations built %s DynamoDB clients: build it once, in the handler's constructor",
            dynamoDbClients)
        .isEqualTo(1);
    assertThat(opened)
        .withFailMessage(
            "10 invocations of one handler opened %s connections to the cache: create the CacheClient once, in the handler's constructor, not per request",
            opened)
        .isLessThanOrEqualTo(1);
  }
}
