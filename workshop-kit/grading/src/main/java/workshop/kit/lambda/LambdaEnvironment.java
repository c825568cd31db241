package workshop.kit.lambda;

import workshop.accounts.clients.Settings;

/**
 * Lambda gives a function its settings as environment variables (see a step's serverless.yml).
 * Locally the tools (the checks, {@code ./workshop run}) serve a step's handler inside their own
 * JVM, whose environment Java cannot change; so they set Java system properties of the same names,
 * which {@link Settings#fromEnvironment()} reads over the environment. Code that reads its own
 * settings (a client built per request, a known mistake the checks must catch) then reaches the
 * backends the tools started, as on Lambda it would reach the function's, and fails the check meant
 * for it instead of failing everywhere for want of an environment.
 *
 * <p>The handler itself gets its settings through its constructor; these properties are for code
 * that does not use them.
 */
public final class LambdaEnvironment {
    private LambdaEnvironment() {}

    /** Sets the variables these settings become, as system properties, in place of any set before. */
    public static void use(Settings settings) {
        clear();
        settings.asEnvironment().forEach(System::setProperty);
    }

    /** Back to the process environment alone. */
    public static void clear() {
        Settings.VARIABLES.forEach(System::clearProperty);
    }
}
