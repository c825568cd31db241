package workshop.kit.grader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CheckedCodeBannerTest {
  @Test
  void saysWhoseCodeRanAndHowToGradeYourOwn() {
    assertThat(CheckedCodeBanner.banner("the reference solution (solutions/step-2-read-aside)", "step-2-read-aside"))
        .hasValueSatisfying(banner -> assertThat(banner)
            .contains("These checks ran on the reference solution (solutions/step-2-read-aside).")
            .contains("To grade your own code: ./workshop check step-2"));
  }

  @Test
  void staysQuietWithoutTheProperty() {
    assertThat(CheckedCodeBanner.banner(null, "step-1-no-cache")).isEmpty();
    assertThat(CheckedCodeBanner.stepName(null)).isEqualTo("step-N");
  }
}
