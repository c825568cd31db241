package workshop.step2.robustness;

import workshop.kit.robustness.MomentoFaultScenarios;
import workshop.step2.ThisStep;

/** Step 2's solution through Momento outages (the scenarios live in the kit, shared by steps 2 and 3). */
class MomentoFaultsTest extends MomentoFaultScenarios {
  MomentoFaultsTest() {
    super(ThisStep.HANDLER, "step2", 2_02_2024L, true);
  }
}
