package workshop.step3;

import workshop.kit.checks.CacheOutageChecks;

/** Step 2's cache failure handling on reads, carried over. */
class CacheOutageStep3Checks extends CacheOutageChecks {
  CacheOutageStep3Checks() {
    super(ThisStep.HANDLER);
  }
}
