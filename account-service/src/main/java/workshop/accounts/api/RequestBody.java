package workshop.accounts.api;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Iterator;
import java.util.Optional;
import java.util.Set;

/** A request's JSON body: an object of text fields, bounded in size, with no unknown fields. */
final class RequestBody {
    static final int MAX_BYTES = 16 * 1024;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode fields;

    private RequestBody(JsonNode fields) {
        this.fields = fields;
    }

    static RequestBody parse(String body, boolean base64Encoded, Set<String> allowedFields) {
        String text = decode(body, base64Encoded);
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw ApiException.payloadTooLarge("The body must be at most " + MAX_BYTES + " bytes.");
        }
        JsonNode node;
        try {
            node = JSON.readTree(text);
        } catch (JacksonException e) {
            throw ApiException.badRequest("The body must be valid JSON.");
        }
        if (node == null || !node.isObject()) {
            throw ApiException.badRequest("The body must be a JSON object.");
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowedFields.contains(name)) {
                throw ApiException.badRequest("Unexpected field " + quoted(name) + "; allowed: "
                        + String.join(", ", allowedFields.stream().sorted().toList()) + ".");
            }
        }
        return new RequestBody(node);
    }

    /** The field's text, or empty when it is absent; any other JSON type is a 400. */
    Optional<String> text(String field) {
        JsonNode value = fields.get(field);
        if (value == null) {
            return Optional.empty();
        }
        if (!value.isTextual()) {
            throw ApiException.badRequest(field + " must be a string.");
        }
        return Optional.of(value.textValue());
    }

    /** The field's text; null when absent, so that validation names the missing field. */
    String textOrNull(String field) {
        return text(field).orElse(null);
    }

    private static String decode(String body, boolean base64Encoded) {
        if (body == null || body.isEmpty()) {
            throw ApiException.badRequest("A JSON body is required.");
        }
        if (!base64Encoded) {
            return body;
        }
        try {
            return new String(Base64.getDecoder().decode(body), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("The body is not valid base64.");
        }
    }

    private static String quoted(String name) {
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
