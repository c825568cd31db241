package workshop.step3;

import workshop.kit.checks.RaceChecks;
import workshop.kit.checks.Task;

@Task(step = 3, number = 5, title = "A slow read must not undo a write", docs = "docs/03-step-3-write-aside.md#bonus-a-slow-read-must-not-undo-a-write", bonus = true)
class RaceTaskChecks extends RaceChecks {
  RaceTaskChecks() {
    super(ThisStep.HANDLER);
  }
}
