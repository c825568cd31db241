package workshop.kit.grader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * The workshop's steps, in order, as listed in {@code workshop/kit/steps.properties}: the one file
 * that maps a step's name to its module (the launcher script reads it too).
 */
public final class Steps {
  private static final String RESOURCE = "/workshop/kit/steps.properties";

  private final List<Step> steps;

  public Steps(List<Step> steps) {
    this.steps = List.copyOf(steps);
  }

  /** The steps listed in the kit's resource file. */
  public static Steps load() {
    Properties properties = new Properties();
    try (InputStream in = Steps.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Step> steps = new ArrayList<>();
    for (int number = 1; properties.containsKey("step-" + number + ".module"); number++) {
      String name = "step-" + number;
      steps.add(new Step(number, name, properties.getProperty(name + ".module"), properties.getProperty(name + ".title", name)));
    }
    return new Steps(steps);
  }

  public List<Step> all() {
    return steps;
  }

  /** The step called {@code name} ("step-2"); a {@link WorkshopException} naming the valid ones otherwise. */
  public Step named(String name) {
    return steps.stream()
        .filter(step -> step.name().equals(name))
        .findFirst()
        .orElseThrow(() -> new WorkshopException(
            "There is no step called '" + name + "'. Use one of: " + names() + "."));
  }

  /** The step after this one, if there is one. */
  public Optional<Step> after(Step step) {
    int index = steps.indexOf(step);
    return index + 1 < steps.size() ? Optional.of(steps.get(index + 1)) : Optional.empty();
  }

  public String names() {
    return steps.stream().map(Step::name).collect(Collectors.joining(", "));
  }
}
