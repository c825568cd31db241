package workshop.kit.gateway;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.reflect.InvocationTargetException;
import workshop.accounts.clients.Settings;
import workshop.kit.grader.WorkshopException;

/**
 * Creates a step's Lambda handler from its class name, as the Lambda runtime does. The local
 * gateway and the checks both use it, so neither needs the step's code at compile time: the checks
 * compile (and `./mvnw verify` runs them on the reference solution) whatever state a learner's
 * code is in.
 */
public final class LambdaHandlers {
  private LambdaHandlers() {}

  /**
   * Loads {@code className} and calls its public {@code (Settings)} constructor. Reflection is the
   * point here: the Lambda runtime, too, only knows the class name from serverless.yml. (On AWS it
   * calls the no-argument constructor, which reads Settings from the environment; locally we hand
   * the settings of the backends we started.)
   */
  @SuppressWarnings("unchecked")
  public static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> create(String className, Settings settings) {
    try {
      Class<?> type = Class.forName(className);
      if (!RequestHandler.class.isAssignableFrom(type)) {
        throw new WorkshopException(className + " is not a Lambda RequestHandler; check the handler: line of serverless.yml.");
      }
      return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>) type.getConstructor(Settings.class).newInstance(settings);
    } catch (ClassNotFoundException e) {
      throw new WorkshopException("The handler class " + className + " is not built. Run this through ./workshop, which builds it first.");
    } catch (NoSuchMethodException e) {
      throw new WorkshopException(className + " needs a public constructor taking Settings.");
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException runtime) {
        throw runtime; // e.g. a backend that cannot be reached: its message says what to do
      }
      throw new WorkshopException("Creating " + className + " failed: " + cause);
    } catch (ReflectiveOperationException e) {
      throw new WorkshopException("Cannot create " + className + ": " + e);
    }
  }
}
