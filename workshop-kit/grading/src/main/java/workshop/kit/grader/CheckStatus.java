package workshop.kit.grader;

/** How one check ended. */
public enum CheckStatus {
    PASS("[pass]"),
    /** An assertion failed: the check saw something other than what it expects. */
    FAIL("[FAIL]"),
    /** The check could not finish: something threw before it could judge. */
    ERROR("[FAIL]"),
    SKIP("[skip]");

    private final String label;

    CheckStatus(String label) {
        this.label = label;
    }

    /** What the scorecard prints in front of the check (a learner need not tell a failure from an error). */
    public String label() {
        return label;
    }

    /** FAIL or ERROR. */
    public boolean failed() {
        return this == FAIL || this == ERROR;
    }
}
