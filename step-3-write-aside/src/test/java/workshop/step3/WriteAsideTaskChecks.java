package workshop.step3;

import java.time.Duration;
import workshop.kit.checks.WriteAsideChecks;
import workshop.kit.checks.Task;

@Task(step = 3, number = 1, title = "Write to the cache on every write", docs = "docs/03-step-3-write-aside.md#task-1-write-to-the-cache-on-every-write")
class WriteAsideTaskChecks extends WriteAsideChecks {
  WriteAsideTaskChecks() {
    super(ThisStep.HANDLER, Duration.ofSeconds(1800));
  }
}
