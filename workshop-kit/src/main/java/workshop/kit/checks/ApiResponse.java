package workshop.kit.checks;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;

/** What the service answered to one request, as the checks read it. */
public record ApiResponse(String request, int status, String body) {
  private static final ObjectMapper JSON = new ObjectMapper();

  public JsonNode json() {
    if (body == null || body.isEmpty()) {
      return MissingNode.getInstance();
    }
    try {
      return JSON.readTree(body);
    } catch (JsonProcessingException e) {
      return MissingNode.getInstance();
    }
  }

  /** A text field of the JSON body, or null. */
  public String field(String name) {
    JsonNode value = json().get(name);
    return value == null || value.isNull() ? null : value.asText();
  }

  public String error() {
    return field("error");
  }

  @Override
  public String toString() {
    return request + " answered " + status + (body == null || body.isEmpty() ? "" : " " + body);
  }
}
