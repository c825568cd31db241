package workshop.step3;

import workshop.kit.checks.ServiceBehaviourChecks;

/** The service's routes, errors and validation, as in steps 1 and 2. */
class ServiceBehaviourStep3Checks extends ServiceBehaviourChecks {
  ServiceBehaviourStep3Checks() {
    super(ThisStep.HANDLER);
  }
}
