package workshop.kit.grader;

import static org.junit.platform.engine.discovery.ClassNameFilter.includeClassNamePatterns;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one step's checks on the code on the classpath (the learner's, in the step module's
 * target/classes) through the JUnit Platform Launcher, the API IDEs and build tools use too.
 *
 * <p>Only the checks' verdicts reach the scorecard; whatever the service prints while they run
 * (log lines of a 500, for example) is kept in {@link StepResult#output()}.
 */
public final class Grader {

  public StepResult grade(Step step) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request()
            .selectors(selectPackage(step.packageName()))
            .filters(includeClassNamePatterns(".*Checks"))
            .build();
    // No listeners from the classpath: the grader prints its own scorecard, and the banner meant
    // for `./mvnw test` runs (CheckedCodeBanner) must stay out of it.
    Launcher launcher =
        LauncherFactory.create(
            LauncherConfig.builder().enableTestExecutionListenerAutoRegistration(false).build());
    ResultCollector collector = new ResultCollector(new FailureMessages());

    ByteArrayOutputStream output = new ByteArrayOutputStream();
    PrintStream originalOut = System.out;
    PrintStream originalErr = System.err;
    PrintStream capture = new PrintStream(output, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      launcher.execute(request, collector);
    } finally {
      System.setOut(originalOut);
      System.setErr(originalErr);
    }
    return new StepResult(step, collector.results(), output.toString(StandardCharsets.UTF_8));
  }
}
