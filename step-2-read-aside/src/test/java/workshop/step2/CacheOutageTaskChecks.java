package workshop.step2;

import workshop.kit.checks.CacheOutageChecks;
import workshop.kit.checks.Task;

@Task(step = 2, number = 3, title = "Survive cache failures", docs = "docs/02-step-2-read-aside.md#task-3-survive-cache-failures")
class CacheOutageTaskChecks extends CacheOutageChecks {
  CacheOutageTaskChecks() {
    super(ThisStep.HANDLER);
  }
}
