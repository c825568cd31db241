package workshop.accounts.lambda;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.function.Function;
import workshop.accounts.api.AccountService;
import workshop.accounts.api.ApiRouter;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountStore;

/**
 * The Lambda entry point every step shares; each step's {@code Handler} extends it and names its
 * own {@code AccountRepository}.
 *
 * <p>Lambda creates one handler instance per execution environment and sends it one event at a
 * time, for as long as the environment lives. So the clients are built here, in the constructor,
 * once: a cold start pays for them (and for reading the Momento API key), a warm invocation does not.
 */
public abstract class AccountServiceHandler
        implements RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>, AutoCloseable {
    private final SharedClients clients;
    private final ApiRouter router;

    // region clients-once
    protected AccountServiceHandler(Settings settings, Function<SharedClients, AccountStore> repository) {
        this.clients = new SharedClients(settings);
        this.router = new ApiRouter(new AccountService(repository.apply(clients)));
    }
    // endregion

    @Override
    public final APIGatewayV2HTTPResponse handleRequest(APIGatewayV2HTTPEvent event, Context context) {
        return router.handle(event);
    }

    /**
     * Lambda never calls this: the clients live as long as the execution environment. The
     * workshop's tools (checks, local runs) call it when they are done with a handler.
     */
    @Override
    public void close() {
        clients.close();
    }
}
