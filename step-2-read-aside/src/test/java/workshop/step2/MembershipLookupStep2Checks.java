package workshop.step2;

import workshop.kit.checks.MembershipLookupChecks;

/** Step 1's task, carried over. */
class MembershipLookupStep2Checks extends MembershipLookupChecks {
  MembershipLookupStep2Checks() {
    super(ThisStep.HANDLER);
  }
}
