package workshop.step1;

import workshop.kit.steptests.ChecksOfStep;

/**
 * Step 1's checks, the ones {@code ./workshop check step-1} runs, on this module's code as Maven or
 * your IDE compiled it: one test per check, grouped by task. Run them from your IDE (the run arrow
 * beside this class) or with {@code ../mvnw test} in this module. The checks are written once, in
 * workshop-kit/grading, and listed in workshop-kit/steps.yaml: there is nothing to change here.
 */
class Step1ChecksTest {
    @ChecksOfStep("step-1")
    void checks() {}
}
