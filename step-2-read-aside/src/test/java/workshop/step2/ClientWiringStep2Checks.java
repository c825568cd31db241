package workshop.step2;

import workshop.kit.checks.ClientWiringChecks;

/** The Momento client is created once per execution environment. */
class ClientWiringStep2Checks extends ClientWiringChecks {
  ClientWiringStep2Checks() {
    super(ThisStep.HANDLER);
  }
}
