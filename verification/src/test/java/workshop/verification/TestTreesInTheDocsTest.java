package workshop.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherConfig;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepReport;
import workshop.kit.steps.Step;
import workshop.kit.steptests.StepChecksEngine;

/**
 * A test tree a chapter shows (what an IDE lists when it runs a step module's tests) is the tree the
 * step's tests report: every block marked {@code <!-- output: test tree step-N starter -->} (or
 * {@code solution}) is checked against the step checks' engine reporting a grading of the untouched
 * starter (or the reference solution). Each shown line, without its tree lines, must be a node of
 * the real tree, in the same order, with the same mark (✔ passed, ✘ failed, ↷ skipped).
 */
class TestTreesInTheDocsTest {
    private static final Pattern MARKER = Pattern.compile("<!-- output: test tree (step-\\d+) (starter|solution) -->");
    private static final String TREE_LINES = "[│├└─╷ ]";

    @TestFactory
    Stream<DynamicTest> everyTestTreeShownIsWhatTheStepsTestsReport() throws IOException {
        List<MarkedOutput> shown = MarkedOutput.in(MARKER);
        assertThat(shown).as("test trees shown in the docs").isNotEmpty();
        return shown.stream().map(block -> DynamicTest.dynamicTest(block.where(), () -> check(block)));
    }

    private static void check(MarkedOutput block) {
        Step step = PristineSteps.step(block.step());
        StepGrade grade = StepGrade.of(
                step, StepReport.of(PristineSteps.graded(step, block.variant()), PristineSteps.steps(), 0));
        List<String> reported = reportedTree(grade);
        int at = 0;
        for (String line : block.lines()) {
            String node = line.replaceAll("^" + TREE_LINES + "*", "").strip();
            if (node.equals("...")) {
                continue; // the chapter leaves nodes out here
            }
            int found = node.endsWith("...")
                    ? indexStartingWith(reported.subList(at, reported.size()), node)
                    : reported.subList(at, reported.size()).indexOf(node);
            assertThat(found)
                    .withFailMessage(
                            "%s:%d shows%n  %s%nwhich the step's tests do not report there. They report:%n%s",
                            PristineSteps.ROOT.relativize(block.doc()), block.line(), line, String.join("\n", reported))
                    .isNotNegative();
            at += found + 1;
        }
    }

    /** A shown line cut short with "..." matches a node that starts the same and ends with the same mark. */
    private static int indexStartingWith(List<String> nodes, String shortened) {
        String mark = shortened.substring(0, 1);
        String start = shortened.substring(1, shortened.length() - 3).strip();
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i).startsWith(mark)
                    && nodes.get(i).substring(1).strip().startsWith(start)) {
                return i;
            }
        }
        return -1;
    }

    /** Every node the engine reports, in order: containers by name, tests as "mark name". */
    private static List<String> reportedTree(StepGrade grade) {
        List<String> nodes = new ArrayList<>();
        TestExecutionListener recorder = new TestExecutionListener() {
            @Override
            public void executionStarted(TestIdentifier identifier) {
                if (identifier.isContainer() && identifier.getParentId().isPresent()) {
                    nodes.add(identifier.getDisplayName());
                }
            }

            @Override
            public void executionFinished(TestIdentifier identifier, TestExecutionResult result) {
                if (identifier.isTest()) {
                    String mark = switch (result.getStatus()) {
                        case SUCCESSFUL -> "✔";
                        case FAILED -> "✘";
                        case ABORTED -> "↷";
                    };
                    nodes.add(mark + " " + identifier.getDisplayName());
                }
            }
        };
        LauncherFactory.create(LauncherConfig.builder()
                        .enableTestEngineAutoRegistration(false)
                        .addTestEngines(StepChecksEngine.replaying(List.of(grade)))
                        .build())
                .execute(
                        LauncherDiscoveryRequestBuilder.request()
                                .selectors(selectUniqueId("[engine:" + StepChecksEngine.ID + "]"))
                                .build(),
                        recorder);
        return nodes;
    }
}
