package workshop.accounts.clients;

import java.util.HashMap;
import java.util.Map;

/**
 * Lambda gives a function its settings as environment variables (see a step's serverless.yml).
 * On this machine there is no Lambda: locally, the workshop's tools stand in for Lambda's
 * environment variables. Before they create a handler they put here the variables a deployed
 * function would get, naming the backends they started, so {@link Settings#fromEnvironment()}
 * answers on a laptop as it does on Lambda, whoever calls it and whenever.
 *
 * <p>On Lambda nothing puts anything here: the real environment is all there is.
 */
public final class LocalEnvironment {
  private static volatile Map<String, String> variables = Map.of();

  private LocalEnvironment() {}

  /** The tools' variables, which take the place of the process environment's of the same name. */
  public static void use(Map<String, String> localVariables) {
    variables = Map.copyOf(localVariables);
  }

  /** Back to the process environment alone. */
  public static void clear() {
    variables = Map.of();
  }

  /** The process environment, with the tools' variables (if any) over it. */
  static Map<String, String> overProcessEnvironment() {
    Map<String, String> environment = new HashMap<>(System.getenv());
    environment.putAll(variables);
    return environment;
  }
}
