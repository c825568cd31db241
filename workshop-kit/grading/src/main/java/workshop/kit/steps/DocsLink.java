package workshop.kit.steps;

/**
 * Where to read: a path under {@code docs/} from the repository root, with its #anchor when it
 * points to a section.
 *
 * @param english true when Japanese was asked for but the Japanese chapter does not exist yet, so
 *     the link is to the English one (the learner is told so)
 */
public record DocsLink(String target, boolean english) {
    @Override
    public String toString() {
        return target;
    }
}
