package workshop.step3.robustness;

import workshop.kit.robustness.MomentoFaultScenarios;
import workshop.step3.ThisStep;

/** Step 3's solution through Momento outages (the scenarios live in the kit, shared by steps 2 and 3). */
class MomentoFaultsTest extends MomentoFaultScenarios {
  MomentoFaultsTest() {
    super(ThisStep.HANDLER, "step3", 3_03_2024L, false);
  }
}
