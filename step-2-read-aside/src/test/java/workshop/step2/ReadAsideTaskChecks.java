package workshop.step2;

import workshop.kit.checks.ReadAsideChecks;
import workshop.kit.checks.Task;

@Task(step = 2, number = 1, title = "Read through the cache", docs = "docs/02-step-2-read-aside.md#task-1-read-through-the-cache")
class ReadAsideTaskChecks extends ReadAsideChecks {
  ReadAsideTaskChecks() {
    super(ThisStep.HANDLER);
  }
}
