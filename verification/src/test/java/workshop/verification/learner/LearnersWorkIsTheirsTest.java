package workshop.verification.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import workshop.verification.robustness.Figures;

/**
 * A learner's copy is theirs: in a fresh clone, through the launcher as a learner runs it, edits
 * and commits of every starter (one that does not compile, one that holds an answer, one with a
 * changed comment) make no other command fail. Each command's own output is checked, as a learner
 * would read it:
 * <ol>
 *   <li>{@code ./workshop --help} on a clone with nothing built: the launcher builds the tools once;
 *   <li>{@code ./workshop check step-3}: a scorecard, although step 1 does not compile;
 *   <li>{@code ./workshop check step-1}: the compiler's file:[line,column] message;
 *   <li>{@code ../mvnw test} inside a step module: the step's own tests, green on the answered
 *       step 2, the compiler's message on the broken step 1;
 *   <li>{@code ./mvnw verify -Pinstructor}: green, naming the edited starter files, with the gate
 *       run on the untouched starters read from git;
 *   <li>{@code ./workshop reset step-1 --yes}: the untouched starter comes back (not the
 *       committed edit) and a copy of the learner's file is kept.
 * </ol>
 * It runs with -Pinstructor only (it takes a few minutes: the clone builds itself), and never
 * inside its own nested build.
 */
@EnabledIfSystemProperty(named = "workshop.instructor", matches = "true", disabledReason = "runs with -Pinstructor")
@DisabledIfSystemProperty(named = "workshop.nested", matches = "true", disabledReason = "already inside a learner-clone build")
class LearnersWorkIsTheirsTest {
  private static final String STEP_1 = "step-1-no-cache/src/main/java/workshop/step1/AccountRepository.java";
  private static final String STEP_2 = "step-2-read-aside/src/main/java/workshop/step2/AccountRepository.java";
  private static final String STEP_3 = "step-3-write-aside/src/main/java/workshop/step3/AccountRepository.java";

  @Test
  void editedAndCommittedStartersBreakNoOtherCommand() throws Exception {
    try (WorkshopClone clone = WorkshopClone.create()) {
      Map<String, String> env = Map.of();
      long started = System.nanoTime();
      WorkshopClone.Outcome help = clone.run(env, 600, "bash", "workshop", "--help");
      long bootstrapMillis = (System.nanoTime() - started) / 1_000_000;
      assertThat(help.exitCode()).as(help.output()).isZero();
      assertThat(help.output()).contains("Building the workshop's tools (once").contains("Usage: workshop");

      // A learner breaks step 1, answers step 2 and edits a comment of step 3, and commits it all.
      clone.write(STEP_1, clone.read(STEP_1).replace("throw new UnsupportedOperationException", "this does not compile; throw new UnsupportedOperationException"));
      clone.write(STEP_2, clone.read("solutions/" + STEP_2));
      clone.write(STEP_3, clone.read(STEP_3).replace("// TODO Step 3, task 1:", "// my notes: TODO Step 3, task 1:"));
      assertThat(clone.run(env, 60, "git", "commit", "-qam", "my work so far").exitCode()).isZero();

      WorkshopClone.Outcome step3 = clone.run(env, 300, "bash", "workshop", "check", "step-3");
      assertThat(step3.output()).as(step3.output()).contains("Step 3: Write-aside caching —").doesNotContain("does not compile");
      assertThat(step3.exitCode()).as("the starter of step 3 is not done yet").isEqualTo(1);

      WorkshopClone.Outcome step1 = clone.run(env, 300, "bash", "workshop", "check", "step-1");
      assertThat(step1.exitCode()).isEqualTo(1);
      assertThat(step1.output()).as(step1.output()).contains(STEP_1 + ":[").contains("does not compile").doesNotContain("[INFO]", "\tat ", "Caused by");

      // The step's own tests, the Java way: green on the answered step, the compiler's error on the broken one.
      WorkshopClone.Outcome answered = clone.run(env, 300, "bash", "-c", "cd step-2-read-aside && ../mvnw -o -q test");
      assertThat(answered.exitCode()).as(answered.output()).isZero();
      WorkshopClone.Outcome broken = clone.run(env, 300, "bash", "-c", "cd step-1-no-cache && ../mvnw -o -q test");
      assertThat(broken.exitCode()).isNotZero();
      assertThat(broken.output()).as(broken.output()).contains("COMPILATION ERROR").contains("AccountRepository.java");

      long verifyStarted = System.nanoTime();
      WorkshopClone.Outcome instructor =
          clone.run(env, 1500, "./mvnw", "-o", "-B", "-ntp", "verify", "-Pinstructor", "-Dworkshop.nested=true");
      long verifyMillis = (System.nanoTime() - verifyStarted) / 1_000_000;
      assertThat(instructor.exitCode()).as("./mvnw verify -Pinstructor in the learner's clone:%n%s", tail(instructor.output())).isZero();
      assertThat(instructor.output())
          .contains("These starter files differ from the starters the workshop ships")
          .contains(STEP_1).contains(STEP_2).contains(STEP_3)
          .contains("step-1-no-cache: all ").contains("task checks fail on the untouched starter, as they must");

      WorkshopClone.Outcome reset = clone.run(env, 300, "bash", "workshop", "reset", "step-1", "--yes");
      assertThat(reset.exitCode()).as(reset.output()).isZero();
      assertThat(reset.output()).contains("Your files as they were are in .workshop/backups/step-1-");
      assertThat(clone.read(STEP_1)).doesNotContain("this does not compile").contains("throw new UnsupportedOperationException");

      Figures.of("learner.clone").put("bootstrap_ms", bootstrapMillis).put("nested_instructor_verify_ms", verifyMillis).print();
    }
  }

  private static String tail(String output) {
    return output.length() > 6000 ? "..." + output.substring(output.length() - 6000) : output;
  }
}
