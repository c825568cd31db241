package workshop.step3;

import workshop.kit.checks.ClientWiringChecks;

/** The Momento client is created once per execution environment. */
class ClientWiringStep3Checks extends ClientWiringChecks {
  ClientWiringStep3Checks() {
    super(ThisStep.HANDLER);
  }
}
