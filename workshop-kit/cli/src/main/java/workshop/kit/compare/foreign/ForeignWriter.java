package workshop.kit.compare.foreign;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Optional;
import workshop.accounts.data.AccountTable;
import workshop.accounts.data.AlreadyExistsException;
import workshop.accounts.data.DoesNotExistException;
import workshop.accounts.domain.Membership;
import workshop.accounts.domain.NameChange;
import workshop.accounts.domain.Role;
import workshop.kit.compare.workload.ApiCall;
import workshop.kit.compare.workload.Entities;

/**
 * Makes a write of the workload the way another service or a nightly batch job would: straight
 * into DynamoDB, with the account service's own data layer but none of its code around it. No
 * step's repository runs, so no cache is told: a step that keeps its cache fresh by writing it on
 * every write (write-aside) keeps serving what it had cached until that entry's TTL ends.
 *
 * <p>The change is the one the workload describes as an API request (its route, entity and body),
 * so the same workload can send any write through the service or around it. Who may make the
 * change is not checked: a batch job holds the table's credentials, not a user's.
 */
public final class ForeignWriter {
    private static final ObjectMapper JSON = new ObjectMapper();

    private final AccountTable table;

    /** @param table the step's table, reached by a client whose calls the comparison does not count */
    public ForeignWriter(AccountTable table) {
        this.table = table;
    }

    /**
     * What a foreign write did, in the terms the runner records the service's answers in.
     *
     * @param status the status the service answers the same change with: 200, 201 or 204 when it
     *     was made, 404 or 409 when DynamoDB refused it (the item was not as the workload believed)
     * @param state the entity's state after it ({@link Entities#stateOf} of that answer)
     */
    public record Outcome(int status, String state) {}

    public Outcome write(ApiCall write) {
        String[] entity = write.entity().split("/"); // user/<u> or membership/<o>/<u>
        try {
            return switch (write.route()) {
                case UPDATE_USER -> made(200, table.updateUserNames(entity[1], nameChange(write.body())));
                case CHANGE_ROLE ->
                    made(200, table.updateRole(new Membership(entity[1], entity[2], role(write.body()))));
                case ADD_MEMBER -> {
                    Membership membership = new Membership(entity[1], entity[2], role(write.body()));
                    table.putNewMembership(membership);
                    yield made(201, membership);
                }
                case REMOVE_MEMBER -> {
                    table.deleteMembership(entity[1], entity[2]);
                    yield new Outcome(204, Entities.ABSENT);
                }
                default -> throw new IllegalArgumentException("Not a write: " + write.route());
            };
        } catch (DoesNotExistException e) {
            return new Outcome(404, Entities.ABSENT);
        } catch (AlreadyExistsException e) {
            return new Outcome(409, null);
        }
    }

    private static Outcome made(int status, Object entity) {
        return new Outcome(status, Entities.stateOf(entity));
    }

    private static NameChange nameChange(String body) {
        JsonNode names = json(body);
        return new NameChange(text(names, "firstName"), text(names, "lastName"));
    }

    private static Role role(String body) {
        return Role.valueOf(json(body).get("role").asText());
    }

    private static Optional<String> text(JsonNode node, String field) {
        return node.hasNonNull(field) ? Optional.of(node.get(field).asText()) : Optional.empty();
    }

    private static JsonNode json(String body) {
        try {
            return JSON.readTree(body);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("The workload wrote a body that is not JSON: " + body, e);
        }
    }
}
