package workshop.step2;

import workshop.accounts.clients.Settings;
import workshop.accounts.lambda.AccountServiceHandler;

/**
 * Step 2's Lambda entry point, the class serverless.yml names: the handler every step shares,
 * serving this step's {@link AccountRepository}.
 */
public final class Handler extends AccountServiceHandler {
    /** The constructor Lambda calls: settings come from the function's environment variables. */
    public Handler() {
        this(Settings.fromEnvironment());
    }

    // region momento-client
    /** The constructor the workshop's tools call, with the settings of the backends they started. */
    public Handler(Settings settings) {
        super(settings, clients -> new AccountRepository(clients.table(), clients.cache(), clients.cacheName()));
    }
    // endregion
}
