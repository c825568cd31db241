package workshop.kit.lambda;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Builds the event API Gateway's HTTP API (payload format 2.0) hands a Lambda function, so the
 * checks and the local gateway call a handler exactly as AWS would.
 */
public final class HttpApiEvents {
    private HttpApiEvents() {}

    public static APIGatewayV2HTTPEvent event(String method, String rawPath, Map<String, String> headers, String body) {
        Map<String, String> lowerCaseHeaders = new LinkedHashMap<>();
        // HTTP API lower-cases header names before the function sees them.
        headers.forEach((name, value) -> lowerCaseHeaders.put(name.toLowerCase(Locale.ROOT), value));
        APIGatewayV2HTTPEvent.RequestContext.Http http = APIGatewayV2HTTPEvent.RequestContext.Http.builder()
                .withMethod(method)
                .withPath(rawPath)
                .withProtocol("HTTP/1.1")
                .withSourceIp("127.0.0.1")
                .build();
        APIGatewayV2HTTPEvent.RequestContext context = APIGatewayV2HTTPEvent.RequestContext.builder()
                .withHttp(http)
                .withRouteKey("$default")
                .withStage("$default")
                .withRequestId(java.util.UUID.randomUUID().toString())
                .build();
        return APIGatewayV2HTTPEvent.builder()
                .withVersion("2.0")
                .withRouteKey("$default")
                .withRawPath(rawPath)
                .withRawQueryString("")
                .withHeaders(lowerCaseHeaders)
                .withRequestContext(context)
                .withBody(body)
                .withIsBase64Encoded(false)
                .build();
    }
}
