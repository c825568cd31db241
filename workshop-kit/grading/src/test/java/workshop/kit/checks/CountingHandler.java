package workshop.kit.checks;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import momento.sdk.CacheClient;
import workshop.accounts.clients.Settings;
import workshop.accounts.data.AccountStore;
import workshop.accounts.data.AccountTable;
import workshop.accounts.lambda.AccountServiceHandler;
import workshop.accounts.lambda.SharedClients;

/**
 * A Lambda handler like each step's own {@code Handler}, but serving the step's repository through
 * {@link StoreCallCounter}: what {@link EveryRequestCoverageTest} grades instead of the step's
 * handler. It builds the repository as the steps' handlers do: step 1's from the table, the
 * caching steps' from the table, the cache and the cache's name.
 */
public final class CountingHandler extends AccountServiceHandler {
    /** The step's repository class, e.g. "workshop.step2.AccountRepository"; set before each grading. */
    static volatile String repositoryClass;

    public CountingHandler(Settings settings) {
        super(settings, clients -> StoreCallCounter.counting(repository(clients)));
    }

    private static AccountStore repository(SharedClients clients) {
        try {
            Class<?> type =
                    Class.forName(repositoryClass, true, GradingRun.current().classes());
            for (Constructor<?> constructor : type.getConstructors()) {
                Class<?>[] parameters = constructor.getParameterTypes();
                if (parameters.length == 1 && parameters[0] == AccountTable.class) {
                    return (AccountStore) constructor.newInstance(clients.table());
                }
                if (parameters.length == 3
                        && parameters[0] == AccountTable.class
                        && parameters[1] == CacheClient.class
                        && parameters[2] == String.class) {
                    return (AccountStore)
                            constructor.newInstance(clients.table(), clients.cache(), clients.cacheName());
                }
            }
            throw new IllegalStateException(
                    repositoryClass
                            + " has neither constructor a step's Handler calls: (AccountTable) or (AccountTable, CacheClient, String)");
        } catch (ClassNotFoundException | InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("Cannot create " + repositoryClass + ": " + e, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("Creating " + repositoryClass + " failed: " + e.getCause(), e.getCause());
        }
    }
}
