package workshop.step3;

import workshop.kit.checks.RevocationChecks;
import workshop.kit.checks.Task;

@Task(step = 3, number = 3, title = "Revoke access at once", docs = "docs/03-step-3-write-aside.md#task-3-revoke-access-at-once")
class RevocationTaskChecks extends RevocationChecks {
  RevocationTaskChecks() {
    super(ThisStep.HANDLER);
  }
}
