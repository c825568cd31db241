package workshop.kit.lambda;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.lang.reflect.InvocationTargetException;
import workshop.accounts.clients.Settings;
import workshop.kit.WorkshopException;

/**
 * Creates a step's Lambda handler from its class name, as the Lambda runtime does. The local
 * gateway, the checks and the compare all use it, so none of them needs a step's code at compile
 * time: each step's code is compiled on its own and loaded by its own class loader.
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
    public static RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse> create(
            String className, Settings settings, ClassLoader classes) {
        try {
            Class<?> type = Class.forName(className, true, classes);
            if (!RequestHandler.class.isAssignableFrom(type)) {
                throw new WorkshopException(
                        className + " is not a Lambda RequestHandler; check the handler: line of serverless.yml.");
            }
            return (RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>)
                    type.getConstructor(Settings.class).newInstance(settings);
        } catch (ClassNotFoundException e) {
            throw new WorkshopException("There is no class " + className
                    + " in the step's code; serverless.yml names it as the handler. Did it move or get renamed?");
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
