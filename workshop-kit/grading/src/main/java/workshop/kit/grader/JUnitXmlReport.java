package workshop.kit.grader;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;
import workshop.kit.steptests.StepChecksEngine;

/**
 * Writes {@link GradingResults} as JUnit XML ({@code --junit DIR}), the format CI servers and test
 * report tools read: one file per step, {@code TEST-step-N.xml}.
 *
 * <p>It writes nothing by hand. The gradings are reported again, as the test tree a step module's
 * own tests show ({@link StepChecksEngine}: one container per task, one test per check named by the
 * check's display name), and JUnit's own XML writer writes them down. So {@code check --junit},
 * {@code progress --junit} (what the classroom workflow keeps) and a step's tests in Maven give the
 * same names, statuses and counts. A failing check of a bonus task is skipped, with its message: a
 * step is complete without its bonus, so a report is green exactly when {@code ./workshop check}
 * says the step is done. A step whose code does not compile is one test in error.
 */
public final class JUnitXmlReport {
    private JUnitXmlReport() {}

    /** Writes one file per step into {@code directory} (created if missing); the files written. */
    public static List<Path> write(GradingResults results, Path directory) throws IOException {
        Files.createDirectories(directory);
        List<Path> files = new ArrayList<>();
        for (StepGrade step : results.steps()) {
            files.add(writeStep(step, directory));
        }
        return files;
    }

    private static Path writeStep(StepGrade step, Path directory) throws IOException {
        Path scratch = Files.createTempDirectory(directory, ".junit-");
        StringWriter problems = new StringWriter();
        Launcher launcher = LauncherFactory.create(LauncherConfig.builder()
                .enableTestEngineAutoRegistration(false)
                .addTestEngines(StepChecksEngine.replaying(List.of(step)))
                .enableTestExecutionListenerAutoRegistration(false)
                .enableLauncherSessionListenerAutoRegistration(false)
                .enableLauncherDiscoveryListenerAutoRegistration(false)
                .enablePostDiscoveryFilterAutoRegistration(false)
                .build());
        launcher.execute(
                LauncherDiscoveryRequestBuilder.request()
                        .selectors(selectUniqueId("[engine:" + StepChecksEngine.ID + "]"))
                        .build(),
                new LegacyXmlReportGeneratingListener(scratch, new PrintWriter(problems)));
        try (Stream<Path> written = Files.list(scratch)) {
            Path report = written.filter(file -> file.getFileName().toString().endsWith(".xml"))
                    .findFirst()
                    .orElseThrow(() -> new IOException("JUnit wrote no report for " + step.step() + ": " + problems));
            Path file = directory.resolve("TEST-" + step.step() + ".xml");
            Files.move(report, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } finally {
            try (Stream<Path> left = Files.list(scratch)) {
                for (Path file : left.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(scratch);
        }
    }
}
