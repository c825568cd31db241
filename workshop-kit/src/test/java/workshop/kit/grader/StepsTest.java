package workshop.kit.grader;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StepsTest {
  private final Steps steps = Steps.load();

  @Test
  void mapsStepNamesToModulesAndPackages() {
    assertThat(steps.all()).extracting(Step::module)
        .containsExactly("step-1-no-cache", "step-2-read-aside", "step-3-write-aside");
    assertThat(steps.named("step-2").packageName()).isEqualTo("workshop.step2");
    assertThat(steps.after(steps.named("step-3"))).isEmpty();
  }

  @Test
  void anUnknownStepNamesTheValidOnes() {
    assertThatThrownBy(() -> steps.named("step-9"))
        .isInstanceOf(WorkshopException.class)
        .hasMessage("There is no step called 'step-9'. Use one of: step-1, step-2, step-3.");
  }
}
