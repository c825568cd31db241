package workshop.step1;

import workshop.kit.checks.NoCacheChecks;

class NoCacheStep1Checks extends NoCacheChecks {
  NoCacheStep1Checks() {
    super(ThisStep.HANDLER);
  }
}
