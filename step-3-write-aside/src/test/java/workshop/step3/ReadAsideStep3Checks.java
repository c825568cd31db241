package workshop.step3;

import workshop.kit.checks.ReadAsideChecks;

/** Step 2's read-aside, carried over. */
class ReadAsideStep3Checks extends ReadAsideChecks {
  ReadAsideStep3Checks() {
    super(ThisStep.HANDLER);
  }
}
