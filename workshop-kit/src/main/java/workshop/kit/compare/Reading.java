package workshop.kit.compare;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** A paragraph that reads the table aloud, generated from the figures alone. */
public final class Reading {
  private Reading() {}

  public static String of(ComparisonResult result) {
    List<StepFigures> steps = result.figures();
    List<String> sentences = new ArrayList<>();
    WorkloadSettings settings = result.settings();
    sentences.add(String.format(Locale.ROOT,
        "Each step ran the same seeded workload (%s users, %s organizations, %.0f%% writes, skew %.2f) from %d concurrent clients%s.",
        Format.count(settings.users()), Format.count(settings.organizations()), 100 * settings.writeShare(), settings.skew(),
        settings.clients(), settings.races() ? ", whose writes could race reads of the same entity" : ", never letting a write overlap a read of the same entity (--no-races)"));
    if (result.simulatedTime()) {
      sentences.add(String.format(Locale.ROOT,
          "Simulated time runs %dx faster than wall time, so a 60 s TTL runs out every %.1f s of the run; staleness is in simulated seconds.",
          result.speedUp(), 60.0 / result.speedUp()));
    } else {
      sentences.add("Time was not simulated (real Momento): TTLs ran in real time and cache figures are n/a.");
    }
    StepFigures base = steps.get(0);
    for (StepFigures step : steps.subList(1, steps.size())) {
      sentences.add(comparedWithBase(step, base));
    }
    for (StepFigures step : steps) {
      sentences.add(freshness(step));
    }
    return String.join(" ", sentences);
  }

  private static String comparedWithBase(StepFigures step, StepFigures base) {
    StringBuilder sentence = new StringBuilder(name(step));
    if (step.hitRate() != null) {
      sentence.append(" found ").append(Format.percent(step.hitRate()).replace(".0%", "%")).append(" of its cache lookups in the cache and");
    }
    if (step.dynamodbReads() == 0) {
      sentence.append(" made no DynamoDB reads at all (").append(name(base).toLowerCase()).append(": ").append(Format.count(base.dynamodbReads())).append(")");
    } else {
      double ratio = (double) base.dynamodbReads() / step.dynamodbReads();
      sentence.append(ratio >= 1 ? " made " + Format.times(ratio) + " fewer DynamoDB reads than " : " made " + Format.times(1 / ratio) + " more DynamoDB reads than ")
          .append(name(base).toLowerCase()).append(" (").append(Format.count(step.dynamodbReads())).append(" against ")
          .append(Format.count(base.dynamodbReads())).append(")");
    }
    double speed = base.readP50Ms() / step.readP50Ms();
    sentence.append(String.format(Locale.ROOT, "; its median read took %s against %s (%s %s)",
        Format.millis(step.readP50Ms()), Format.millis(base.readP50Ms()),
        Format.times(speed >= 1 ? speed : 1 / speed), speed >= 1 ? "faster" : "slower"));
    return sentence.append('.').toString();
  }

  private static String freshness(StepFigures step) {
    if (step.staleReads() == 0) {
      return name(step) + " served no stale reads.";
    }
    return String.format(Locale.ROOT, "%s served %s stale reads (%.1f%% of its reads), none older than %.1f simulated seconds.",
        name(step), Format.count(step.staleReads()), 100.0 * step.staleReads() / Math.max(1, step.reads()),
        step.maxStalenessSeconds());
  }

  private static String name(StepFigures step) {
    return "S" + step.step().substring(1).replace('-', ' ');
  }
}
