package workshop.step2;

import java.time.Duration;
import workshop.kit.checks.TtlChecks;
import workshop.kit.checks.Task;

@Task(step = 2, number = 2, title = "Keep entries for 60 seconds", docs = "docs/02-step-2-read-aside.md#task-2-keep-entries-for-60-seconds")
class TtlTaskChecks extends TtlChecks {
  TtlTaskChecks() {
    super(ThisStep.HANDLER, Duration.ofSeconds(60));
  }
}
