package workshop.kit.checks;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.Map;
import java.util.TreeMap;
import workshop.accounts.data.AccountStore;

/**
 * Counts the calls of each {@link AccountStore} method a step's repository gets while a check
 * runs: the repository, wrapped in a proxy that counts and then calls it. (Reflection is fine in a
 * test: this one only watches which methods the checks reach.)
 */
final class StoreCallCounter {
    private static final Map<String, Integer> CALLS = new TreeMap<>();

    private StoreCallCounter() {}

    /** The repository, counted. */
    static AccountStore counting(AccountStore repository) {
        InvocationHandler counter = (proxy, method, arguments) -> {
            if (method.getDeclaringClass() == AccountStore.class) {
                synchronized (CALLS) {
                    CALLS.merge(method.getName(), 1, Integer::sum);
                }
            }
            try {
                return method.invoke(repository, arguments);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return (AccountStore) Proxy.newProxyInstance(
                AccountStore.class.getClassLoader(), new Class<?>[] {AccountStore.class}, counter);
    }

    /** Calls per method since the last {@link #reset}. */
    static Map<String, Integer> calls() {
        synchronized (CALLS) {
            return Map.copyOf(CALLS);
        }
    }

    static void reset() {
        synchronized (CALLS) {
            CALLS.clear();
        }
    }

    /** How often {@code method} was called, e.g. for "getMembership". */
    static int callsOf(Method method) {
        return calls().getOrDefault(method.getName(), 0);
    }
}
