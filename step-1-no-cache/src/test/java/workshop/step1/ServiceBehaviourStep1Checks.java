package workshop.step1;

import workshop.kit.checks.ServiceBehaviourChecks;

/** The service's routes, errors and validation: the API every later step must keep. */
class ServiceBehaviourStep1Checks extends ServiceBehaviourChecks {
  ServiceBehaviourStep1Checks() {
    super(ThisStep.HANDLER);
  }
}
