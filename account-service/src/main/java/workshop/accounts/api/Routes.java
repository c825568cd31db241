package workshop.accounts.api;

import java.util.List;

/**
 * Every route the service answers, as API Gateway writes them: method, then the path with
 * {@code {parameters}}. {@link ApiRouter} serves exactly these (RoutesTest proves it), and each
 * step's serverless.yml must wire exactly these to its function (the kit's deployment test checks).
 */
public final class Routes {
  /** One route: an HTTP method and a path template such as {@code /users/{username}}. */
  public record Route(String method, String path) {
    @Override
    public String toString() {
      return method + " " + path;
    }
  }

  public static final List<Route> ALL =
      List.of(
          new Route("POST", "/users"),
          new Route("GET", "/users/{username}"),
          new Route("PATCH", "/users/{username}"),
          new Route("POST", "/organizations"),
          new Route("GET", "/organizations/{organization}"),
          new Route("POST", "/organizations/{organization}/members"),
          new Route("GET", "/organizations/{organization}/members/{username}"),
          new Route("PATCH", "/organizations/{organization}/members/{username}"),
          new Route("DELETE", "/organizations/{organization}/members/{username}"));

  private Routes() {}
}
