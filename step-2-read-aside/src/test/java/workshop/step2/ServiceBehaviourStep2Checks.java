package workshop.step2;

import workshop.kit.checks.ServiceBehaviourChecks;

/** The service's routes, errors and validation, as in step 1. */
class ServiceBehaviourStep2Checks extends ServiceBehaviourChecks {
  ServiceBehaviourStep2Checks() {
    super(ThisStep.HANDLER);
  }
}
