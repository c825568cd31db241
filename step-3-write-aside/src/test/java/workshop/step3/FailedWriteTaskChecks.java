package workshop.step3;

import workshop.kit.checks.FailedWriteChecks;
import workshop.kit.checks.Task;

@Task(step = 3, number = 4, title = "Leave the cache alone when a write fails", docs = "docs/03-step-3-write-aside.md#task-4-leave-the-cache-alone-when-a-write-fails")
class FailedWriteTaskChecks extends FailedWriteChecks {
  FailedWriteTaskChecks() {
    super(ThisStep.HANDLER);
  }
}
