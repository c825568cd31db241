package workshop.kit.code;

/** Whose code of a step is built and run. */
public enum CodeVariant {
    /** The learner's working copy of the step module. */
    LEARNER("learner"),
    /** The untouched starter, with the reference solution's files laid over it. */
    SOLUTION("solution"),
    /** The untouched starter, as the workshop ships it. */
    STARTER("starter");

    private final String directoryName;

    CodeVariant(String directoryName) {
        this.directoryName = directoryName;
    }

    /** The name of the directory its classes are compiled to. */
    public String directoryName() {
        return directoryName + "-classes";
    }
}
