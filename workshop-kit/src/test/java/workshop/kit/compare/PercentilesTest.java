package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PercentilesTest {
  @Test
  void nearestRankOfOneToHundred() {
    long[] values = new long[100];
    for (int i = 0; i < 100; i++) {
      values[i] = 100 - i; // unsorted on purpose
    }
    Percentiles p = new Percentiles(values);
    assertThat(p.valueAt(50)).isEqualTo(50);
    assertThat(p.valueAt(95)).isEqualTo(95);
    assertThat(p.valueAt(99)).isEqualTo(99);
    assertThat(p.valueAt(100)).isEqualTo(100);
    assertThat(p.valueAt(0.5)).isEqualTo(1);
  }

  @Test
  void smallSamplesGiveMeasuredValues() {
    Percentiles p = new Percentiles(new long[] {3_000_000, 1_000_000, 2_000_000});
    assertThat(p.millisAt(50)).isEqualTo(2.0);
    assertThat(p.millisAt(99)).isEqualTo(3.0);
    assertThat(new Percentiles(new long[] {7}).valueAt(50)).isEqualTo(7);
  }

  @Test
  void noValuesNoPercentile() {
    assertThat(new Percentiles(new long[0]).valueAt(50)).isNaN();
    assertThatThrownBy(() -> new Percentiles(new long[] {1}).valueAt(0)).isInstanceOf(IllegalArgumentException.class);
  }
}
