package workshop.verification.robustness;

import java.util.ArrayList;
import java.util.List;
import workshop.kit.checks.AccountApi;
import workshop.kit.checks.ApiResponse;

/**
 * Sends a workload's requests one at a time and holds every answer to the reference model: a
 * wrong answer is any status or body other than the model's; 5xx are counted apart. The model is
 * applied with the service's answer in mind: a request the service failed with 5xx is taken as
 * not applied (the tests check DynamoDB agrees).
 */
public final class CheckedRun {
    private final AccountModel model;
    private final AccountApi api;
    private Runnable afterEachWrite = () -> {};
    private int sent;
    private int wrong;
    private int serverErrors;
    private int writesAcknowledged;
    private final List<String> firstProblems = new ArrayList<>();

    public CheckedRun(AccountModel model, AccountApi api) {
        this.model = model;
        this.api = api;
    }

    /** Runs after every acknowledged (2xx) write, e.g. to let a step-2 TTL run out. */
    public CheckedRun afterEachWrite(Runnable action) {
        this.afterEachWrite = action;
        return this;
    }

    public ApiResponse send(Request request) {
        ApiResponse actual = request.send(api);
        sent++;
        if (actual.status() >= 500) {
            serverErrors++;
            note(request + " -> " + actual.status() + " " + actual.body());
            return actual;
        }
        AccountModel.Expected expected = model.apply(request);
        if (!expected.matches(actual)) {
            wrong++;
            note(request + " -> " + actual.status() + " " + actual.body() + ", expected " + expected);
        }
        if (request.kind().isWrite() && actual.status() / 100 == 2) {
            writesAcknowledged++;
            afterEachWrite.run();
        }
        return actual;
    }

    public void send(MixedWorkload workload, int count) {
        for (int i = 0; i < count; i++) {
            send(workload.next());
        }
    }

    /** Reads every user, organization and membership of the universe through the service. */
    public void readEverything(List<String> users, List<String> slugs) {
        for (String user : users) send(new Request(Request.Kind.GET_USER, null, user, null, null, null, null));
        for (String slug : slugs) {
            send(new Request(Request.Kind.GET_ORGANIZATION, null, null, slug, null, null, null));
            for (String user : users)
                send(new Request(Request.Kind.GET_MEMBERSHIP, null, user, slug, null, null, null));
        }
    }

    private void note(String problem) {
        if (firstProblems.size() < 10) firstProblems.add(problem);
    }

    public int sent() {
        return sent;
    }

    public int wrong() {
        return wrong;
    }

    public int serverErrors() {
        return serverErrors;
    }

    public int writesAcknowledged() {
        return writesAcknowledged;
    }

    public List<String> firstProblems() {
        return List.copyOf(firstProblems);
    }

    /** Zeroes the counters (the model keeps its state), to count one phase apart. */
    public void resetCounters() {
        sent = 0;
        wrong = 0;
        serverErrors = 0;
        writesAcknowledged = 0;
        firstProblems.clear();
    }

    /** Problems where the model and DynamoDB disagree on what exists (should be none). */
    public List<String> modelVersusTable(
            workshop.accounts.data.AccountTable table, List<String> users, List<String> slugs) {
        List<String> problems = new ArrayList<>();
        for (String user : users) {
            if (!model.user(user).equals(table.getUser(user)))
                problems.add("user " + user + ": model " + model.user(user) + ", table " + table.getUser(user));
        }
        for (String slug : slugs) {
            if (!model.organization(slug).equals(table.getOrganization(slug))) problems.add("organization " + slug);
            for (String user : users) {
                var inTable = table.findItem(workshop.accounts.data.TableKeys.membership(slug, user))
                        .map(workshop.accounts.data.ItemMapper::toMembership);
                if (!model.membership(slug, user).equals(inTable))
                    problems.add("membership " + slug + "/" + user + ": model " + model.membership(slug, user)
                            + ", table " + inTable);
            }
        }
        return problems;
    }
}
