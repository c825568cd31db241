package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import workshop.accounts.domain.User;

/** Lambda reuses an execution environment: the Momento client is built once, not per invocation. */
public abstract class ClientWiringChecks extends StepChecks {
  private final HandlerFactory handlerFactory;

  protected ClientWiringChecks(HandlerFactory handlerFactory) {
    super(handlerFactory);
    this.handlerFactory = handlerFactory;
  }

  @Test
  @DisplayName("One handler serving many invocations opens at most one connection to the cache")
  void cacheClientIsCreatedOncePerEnvironment() throws Exception {
    tableBehindTheCache.putNewUser(new User("alice", "Alice", "Liddell"));
    int before = momento().connectionsOpened();
    var handler = handlerFactory.apply(settings);
    AccountApi oneEnvironment = new AccountApi(handler);
    for (int i = 0; i < 5; i++) {
      expectStatus(oneEnvironment.getUser("alice"), 200);
      expectStatus(oneEnvironment.getUser("nobody-" + i), 404);
    }
    int opened = momento().connectionsOpened() - before;
    closeHandler(handler);
    assertThat(opened)
        .withFailMessage(
            "10 invocations of one handler opened %s connections to the cache: create the CacheClient once, in the handler's constructor, not per request",
            opened)
        .isLessThanOrEqualTo(1);
  }
}
