package workshop.step3;

import java.time.Duration;
import workshop.kit.checks.TtlChecks;
import workshop.kit.checks.Task;

@Task(step = 3, number = 2, title = "Keep entries for 1800 seconds", docs = "docs/03-step-3-write-aside.md#task-2-keep-entries-for-1800-seconds")
class TtlTaskChecks extends TtlChecks {
  TtlTaskChecks() {
    super(ThisStep.HANDLER, Duration.ofSeconds(1800));
  }
}
