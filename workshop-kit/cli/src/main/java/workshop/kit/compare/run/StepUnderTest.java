package workshop.kit.compare.run;

import com.amazonaws.services.lambda.runtime.RequestHandler;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPResponse;
import java.util.function.Function;
import workshop.accounts.clients.Settings;

/**
 * A step to measure: its name, what it adds, and how to create one of its Lambda handlers (as an
 * execution environment would) for the given backends.
 */
public record StepUnderTest(
        String name,
        String title,
        Function<Settings, RequestHandler<APIGatewayV2HTTPEvent, APIGatewayV2HTTPResponse>> handlers) {}
