package workshop.kit.compare.workload;

import java.util.Map;

/**
 * One request of the workload, before it is turned into an API Gateway event.
 *
 * @param route what kind of request it is
 * @param method the HTTP method
 * @param path the raw path, e.g. {@code /users/user-0007}
 * @param actor the acting user (the Authorization header), or null for none
 * @param body the JSON body, or null
 * @param entity the entity it reads or writes ({@link Entities}), the unit of staleness
 */
public record ApiCall(RouteGroup route, String method, String path, String actor, String body, String entity) {
    public Map<String, String> headers() {
        return actor == null
                ? Map.of("content-type", "application/json")
                : Map.of("content-type", "application/json", "authorization", actor);
    }
}
