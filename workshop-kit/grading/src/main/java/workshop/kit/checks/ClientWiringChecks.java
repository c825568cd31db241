package workshop.kit.checks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import workshop.kit.dynamodb.DynamoDbCalls;

/**
 * Lambda reuses an execution environment for many invocations: the handler builds its clients
 * once, when Lambda creates it, not per invocation.
 *
 * <p>The service's clients are seen from outside, as the SDKs allow: each DynamoDB client the AWS
 * SDK builds gets an interceptor of its own ({@link DynamoDbCalls}), which counts its client at
 * the client's first call; each Momento client connects to the local server, which counts
 * connections.
 */
public class ClientWiringChecks extends StepChecks {

    @Test
    @Order(1)
    @EveryRequest
    @DisplayName(
            "One handler serving many invocations builds one DynamoDB client and opens at most one cache connection")
    void clientsAreCreatedOncePerEnvironment() throws Exception {
        givenWhatEveryKindOfRequestNeeds();
        int before = momento().connectionsOpened();
        int dynamoDbClientsBefore = DynamoDbCalls.clientsCounted();
        var handler = newHandler(settings);
        try {
            AccountApi oneEnvironment = new AccountApi(handler);
            // First the plainest requests, many times over: reads and writes, as both may use the clients.
            for (int i = 0; i < 5; i++) {
                expectStatus(oneEnvironment.getUser("alice"), 200);
                expectStatus(oneEnvironment.getUser("nobody-" + i), 404);
                expectStatus(oneEnvironment.updateUser("alice", "alice", "Alice " + i, null), 200);
            }
            int opened = momento().connectionsOpened() - before;
            int dynamoDbClients = DynamoDbCalls.clientsCounted() - dynamoDbClientsBefore;
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
            expectNoClientsBuiltOnAnyPath(oneEnvironment, before, dynamoDbClientsBefore);
        } finally {
            closeHandler(handler);
        }
    }

    /**
     * Then every other path, on the same handler: any of them (a membership lookup, which every
     * permission check makes, a removal) may be where a client gets built. Whether each request
     * succeeds is for other checks to say.
     */
    private void expectNoClientsBuiltOnAnyPath(
            AccountApi oneEnvironment, int connectionsBefore, int dynamoDbClientsBefore) {
        List<PlannedRequest> requests = everyKindOfRequest(oneEnvironment);
        List<String> builtPerRequest = new ArrayList<>();
        for (PlannedRequest request : requests) {
            int builtBefore = DynamoDbCalls.clientsCounted();
            ApiResponse response = request.send().get();
            int built = DynamoDbCalls.clientsCounted() - builtBefore;
            if (built > 0) {
                builtPerRequest.add(response.request() + (built == 1 ? "" : " (" + built + " of them)"));
            }
        }
        int dynamoDbClients = DynamoDbCalls.clientsCounted() - dynamoDbClientsBefore;
        assertThat(dynamoDbClients)
                .withFailMessage(
                        "A handler and %s more invocations of it, one of every kind (creates, updates, the membership lookup every permission check makes, a removal), built %s DynamoDB clients;"
                                + " expected 1: build it once, in the handler's constructor. These requests built one of their own: %s",
                        requests.size(), dynamoDbClients, String.join(", ", builtPerRequest))
                .isEqualTo(1);
        int opened = momento().connectionsOpened() - connectionsBefore;
        assertThat(opened)
                .withFailMessage(
                        "A handler and %s more invocations of it, one of every kind (creates, updates, the membership lookup every permission check makes, a removal), opened %s connections to the cache;"
                                + " expected at most 1: create the CacheClient once, in the handler's constructor, not per request",
                        requests.size(), opened)
                .isLessThanOrEqualTo(1);
    }
}
