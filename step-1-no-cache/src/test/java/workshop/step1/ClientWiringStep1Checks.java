package workshop.step1;

import workshop.kit.checks.ClientWiringChecks;

/** The DynamoDB client is created once per execution environment. */
class ClientWiringStep1Checks extends ClientWiringChecks {
  ClientWiringStep1Checks() {
    super(ThisStep.HANDLER);
  }
}
