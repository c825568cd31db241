package workshop.step3;

import workshop.kit.checks.MembershipLookupChecks;

/** Step 1's task, carried over. */
class MembershipLookupStep3Checks extends MembershipLookupChecks {
  MembershipLookupStep3Checks() {
    super(ThisStep.HANDLER);
  }
}
