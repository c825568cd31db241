package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.accounts.clients.Clients;
import workshop.accounts.domain.User;

/**
 * Lambda reuses an execution environment for many invocations: the handler builds its clients
 * once, when Lambda creates it, not per invocation.
 */
public class ClientWiringChecks extends StepChecks {

  @Test
  @Order(1)
  @DisplayName("One handler serving many invocations builds one DynamoDB client and opens at most one cache connection")
  void clientsAreCreatedOncePerEnvironment() throws Exception {
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    int before = momento().connectionsOpened();
    int dynamoDbClientsBefore = Clients.dynamoDbClientsBuilt();
    var handler = newHandler(settings);
    AccountApi oneEnvironment = new AccountApi(handler);
    // Reads and writes, as both may use the clients.
    for (int i = 0; i < 5; i++) {
      expectStatus(oneEnvironment.getUser("alice"), 200);
      expectStatus(oneEnvironment.getUser("nobody-" + i), 404);
      expectStatus(oneEnvironment.updateUser("alice", "alice", "Alice " + i, null), 200);
    }
    int opened = momento().connectionsOpened() - before;
    int dynamoDbClients = Clients.dynamoDbClientsBuilt() - dynamoDbClientsBefore;
    closeHandler(handler);
    assertThat(dynamoDbClients)
        .withFailMessage(
            "A handler and 15 invocations of it (GETs and PATCHes) built %s DynamoDB clients; expected 1: build it once, in the handler's constructor."
                + " Lambda keeps the handler for many invocations, and a client per request pays for its set-up on every one",
            dynamoDbClients)
        .isEqualTo(1);
    assertThat(opened)
        .withFailMessage(
            "15 invocations of one handler (GETs and PATCHes) opened %s connections to the cache; expected at most 1: create the CacheClient once,"
                + " in the handler's constructor, not per request. Each new client connects anew, which costs time on every request",
            opened)
        .isLessThanOrEqualTo(1);
  }
}
