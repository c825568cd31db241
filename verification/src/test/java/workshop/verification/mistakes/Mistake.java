package workshop.verification.mistakes;

import java.util.List;

/**
 * One entry of {@code mistakes.yaml}: a copy of a step's reference solution with one change, and
 * what grading it must show.
 *
 * @param id a short name, unique, e.g. "s3-add-member-cached-before-write"
 * @param step the step whose solution is changed, e.g. "step-3"
 * @param description the mistake (or the valid variant) in a learner's words
 * @param file the changed file, under the step's src/main/java, e.g. "workshop/step3/AccountRepository.java"
 * @param from the text replaced: it must occur exactly once (see {@link OneChange})
 * @param to what replaces it
 * @param caughtBy for a mistake, the checks meant to catch it: display names, or class names of
 *     workshop.kit.checks (any check of the class); at least one of them must fail
 * @param valid true for a valid variant, which must pass every check of its step
 */
public record Mistake(
        String id,
        String step,
        String description,
        String file,
        String from,
        String to,
        List<String> caughtBy,
        boolean valid) {
    public Mistake {
        caughtBy = caughtBy == null ? List.of() : List.copyOf(caughtBy);
    }

    /** A problem with the entry itself, or null: the suite reports these before grading anything. */
    String problem() {
        if (id == null || !id.matches("[a-z0-9-]+")) {
            return "id must be lower-case words joined by dashes, was " + id;
        }
        if (step == null || file == null || from == null || to == null || description == null) {
            return id + ": id, step, description, file, from and to are all needed";
        }
        if (from.equals(to)) {
            return id + ": from and to are the same text";
        }
        if (valid && !caughtBy.isEmpty()) {
            return id + ": a valid variant is caught by nothing; drop its caughtBy";
        }
        if (!valid && caughtBy.isEmpty()) {
            return id + ": a mistake must name the check(s) meant to catch it (caughtBy)";
        }
        return null;
    }
}
