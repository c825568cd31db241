package workshop.kit.grader;

/** How one check ended. */
public enum CheckStatus {
  PASS("[pass]"),
  FAIL("[FAIL]"),
  SKIP("[skip]");

  private final String label;

  CheckStatus(String label) {
    this.label = label;
  }

  /** What the scorecard prints in front of the check. */
  public String label() {
    return label;
  }
}
