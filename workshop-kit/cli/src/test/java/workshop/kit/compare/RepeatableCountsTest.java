package workshop.kit.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import workshop.kit.backends.LocalBackends;

/**
 * The same settings and seed give the same counts, however fast the machine is: the cache's clock
 * follows the workload's simulated times, and requests run in that order. Run on the reference
 * solutions of the caching steps, where timing used to matter, twice, and once more while every
 * core is kept busy by a thread that only burns CPU.
 */
class RepeatableCountsTest {
  /** Small, but with writes, stale reads and staged races enough that a difference would show. */
  private static final WorkloadSettings SMALL = new WorkloadSettings(30, 4, 3, 0.2, 1.1, 150, 2, 0.3, 1, 7);

  @Test
  void theSameSettingsGiveTheSameCountsEvenOnABusyMachine() throws InterruptedException {
    Map<String, Map<String, Object>> first = counts(run());
    Map<String, Map<String, Object>> second = counts(run());
    Map<String, Map<String, Object>> busy;
    AtomicBoolean hogging = new AtomicBoolean(true);
    List<Thread> hogs = new ArrayList<>();
    for (int i = 0; i < Runtime.getRuntime().availableProcessors(); i++) {
      Thread hog = new Thread(() -> {
        long spin = 0;
        while (hogging.get()) {
          spin = spin * 31 + 1; // nothing but CPU time
        }
        if (spin == 42) {
          System.out.print(""); // keeps the loop from being optimised away
        }
      }, "cpu-hog-" + i);
      hog.setDaemon(true);
      hog.start();
      hogs.add(hog);
    }
    try {
      busy = counts(run());
    } finally {
      hogging.set(false);
      for (Thread hog : hogs) {
        hog.join();
      }
    }

    assertThat(second).isEqualTo(first);
    assertThat(busy).isEqualTo(first);
    // Not trivially equal: the workload did what the comparison is about.
    Map<String, Object> step2 = first.get("step-2");
    assertThat((long) step2.get("cacheHits")).isPositive();
    assertThat((long) step2.get("staleReads")).isPositive();
    assertThat((long) step2.get("racesStaged")).isPositive();
    assertThat((long) first.get("step-3").get("staleReads")).isZero();
  }

  private static ComparisonResult run() {
    return Comparison.run(LocalBackends.shared(), SMALL, ReferenceSolutions.steps("step-2", "step-3"), List.of(),
        Prices.LIST_PRICES_2025, "test", "test", ProgressListener.NONE);
  }

  static Map<String, Map<String, Object>> counts(ComparisonResult result) {
    Map<String, Map<String, Object>> counts = new LinkedHashMap<>();
    result.figures().forEach(figures -> counts.put(figures.step(), figures.counts()));
    return counts;
  }
}
