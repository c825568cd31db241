package workshop.step1;

import workshop.kit.checks.MembershipLookupChecks;
import workshop.kit.checks.Task;

@Task(step = 1, number = 1, title = "Look up a membership", docs = "docs/01-step-1-no-cache.md#task-1-look-up-a-membership")
class MembershipLookupTaskChecks extends MembershipLookupChecks {
  MembershipLookupTaskChecks() {
    super(ThisStep.HANDLER);
  }
}
