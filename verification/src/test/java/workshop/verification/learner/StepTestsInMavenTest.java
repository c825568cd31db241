package workshop.verification.learner;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;
import workshop.verification.classroom.ScorecardText;
import workshop.verification.robustness.Figures;

/**
 * Each step module's own tests, run the Java way in a fresh clone, as a learner who followed the
 * README runs them: {@code ./workshop --help} once (it builds the tools), then {@code ../mvnw test}
 * inside each step module. On the untouched starter they fail exactly the checks the scorecard of
 * {@code ./workshop check} fails, by the same names and in the same number, and Maven's XML reports
 * name each test by its check's display name; with the reference solution copied in, they pass.
 */
@EnabledIfSystemProperty(named = "workshop.instructor", matches = "true", disabledReason = "builds a clone and runs Maven in each step: runs with -Pinstructor")
@DisabledIfSystemProperty(named = "workshop.nested", matches = "true", disabledReason = "already inside a learner-clone build")
class StepTestsInMavenTest {
  private static final Map<String, String> ENV = Map.of();

  @Test
  void eachStepsTestsFailWhatTheScorecardFailsAndPassOnTheSolution() throws Exception {
    try (WorkshopClone clone = WorkshopClone.create()) {
      WorkshopClone.Outcome tools = clone.run(ENV, 600, "bash", "workshop", "--help");
      assertThat(tools.exitCode()).as(tools.output()).isZero();
      Figures figures = Figures.of("step.tests.maven");
      for (Step step : PristineSteps.steps().all()) {
        ScorecardText scorecard = ScorecardText.read(clone.run(ENV, 300, "bash", "workshop", "check", step.name()).output());

        long started = System.nanoTime();
        WorkshopClone.Outcome starter = mavenTest(clone, step);
        figures.put(step.name() + "_starter_ms", (System.nanoTime() - started) / 1_000_000);
        assertThat(starter.exitCode()).as("../mvnw test in %s on the starter:%n%s", step.module(), starter.output()).isNotZero();
        Reports reports = Reports.read(clone.root().resolve(step.module()));
        assertThat(reports.names()).as("%s's tests, by name: the scorecard's checks", step.module())
            .containsExactlyInAnyOrderElementsOf(scorecard.checkLines().stream().map(line -> line.substring(7)).toList());
        assertThat(reports.failing()).as("the tests that fail in %s: the checks the scorecard fails (bonus aside)", step.module())
            .containsExactlyInAnyOrderElementsOf(failingRequired(scorecard, reports));
        assertThat(reports.failing().size() + reports.skipped().size()).isEqualTo(scorecard.failed() + scorecard.skipped());
        assertThat(starter.output()).contains("Tests run: " + scorecard.checkLines().size() + ", Failures: ")
            .contains("First check to fix");

        for (Path file : clone.learnerFiles(step.module())) {
          clone.write(file.toString(), clone.read("solutions/" + file));
        }
        WorkshopClone.Outcome solved = mavenTest(clone, step);
        assertThat(solved.exitCode()).as("../mvnw test in %s with the reference solution:%n%s", step.module(), solved.output()).isZero();
        Reports passing = Reports.read(clone.root().resolve(step.module()));
        assertThat(passing.names()).containsExactlyInAnyOrderElementsOf(reports.names());
        assertThat(passing.failing()).isEmpty();
        assertThat(passing.skipped()).as("the reference solution does the bonus too").isEmpty();
      }
      figures.print();
    }
  }

  private static WorkshopClone.Outcome mavenTest(WorkshopClone clone, Step step) throws Exception {
    return clone.run(ENV, 600, "bash", "-c", "cd " + step.module() + " && ../mvnw -o -B -ntp test");
  }

  /** The scorecard's failing checks that count (a failing bonus check is reported as skipped, not failed). */
  private static List<String> failingRequired(ScorecardText scorecard, Reports reports) {
    return scorecard.checkLines().stream()
        .filter(line -> line.startsWith("[FAIL] "))
        .map(line -> line.substring(7))
        .filter(name -> !reports.skipped().contains(name))
        .toList();
  }

  /** What Surefire's XML reports of a step module say: every test's name, the failing ones, the skipped ones. */
  private record Reports(List<String> names, List<String> failing, List<String> skipped) {
    static Reports read(Path module) throws Exception {
      List<String> names = new ArrayList<>();
      List<String> failing = new ArrayList<>();
      List<String> skipped = new ArrayList<>();
      try (Stream<Path> files = Files.list(module.resolve("target/surefire-reports"))) {
        for (Path file : files.filter(f -> f.getFileName().toString().startsWith("TEST-")).toList()) {
          NodeList cases = DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(file.toFile()).getElementsByTagName("testcase");
          for (int i = 0; i < cases.getLength(); i++) {
            Element test = (Element) cases.item(i);
            String name = test.getAttribute("name");
            names.add(name);
            if (test.getElementsByTagName("failure").getLength() + test.getElementsByTagName("error").getLength() > 0) {
              failing.add(name);
            }
            if (test.getElementsByTagName("skipped").getLength() > 0) {
              skipped.add(name);
            }
          }
        }
      }
      return new Reports(names, failing, skipped);
    }
  }
}
