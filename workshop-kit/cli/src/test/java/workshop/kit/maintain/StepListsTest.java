package workshop.kit.maintain;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The lists that follow from the step manifest say what it says: the root pom's step modules, the
 * docs index of task sections, the classroom workflow's tests. One that does not fails here, naming
 * the file, what it holds and what it should hold, and the command that writes it.
 */
class StepListsTest {
    private final Path root = Steps.repositoryRoot();
    private final Steps steps = Steps.load(root);

    @Test
    void everyListFollowsTheManifest() {
        List<String> outOfStep = new ArrayList<>();
        for (GeneratedPart part : StepLists.of(steps)) {
            if (!part.upToDate(root)) {
                outOfStep.add(part.file() + " between \"" + part.begin() + "\" and \"" + part.end() + "\" holds:\n"
                        + part.current(root).orElse("(its markers are missing)")
                        + "\nbut workshop-kit/steps.yaml says:\n" + part.content());
            }
        }
        assertThat(outOfStep)
                .withFailMessage(
                        "Out of step with workshop-kit/steps.yaml (write them: ./workshop sync):%n%s",
                        String.join("\n", outOfStep))
                .isEmpty();
    }

    @Test
    void writingAPartKeepsEverythingAroundIt(@TempDir Path copy) throws Exception {
        Files.createDirectories(copy.resolve("docs"));
        Files.writeString(copy.resolve("docs/README.md"), Files.readString(root.resolve("docs/README.md")));
        Step first = steps.all().get(0);
        GeneratedPart onlyStepOne = StepLists.docsTaskIndex(new Steps(List.of(first)));
        onlyStepOne.write(copy);
        String written = Files.readString(copy.resolve("docs/README.md"));
        assertThat(written)
                .startsWith("# The chapters")
                .contains(onlyStepOne.content())
                .doesNotContain("- Step 2:");
        assertThat(onlyStepOne.upToDate(copy)).isTrue();
        StepLists.docsTaskIndex(steps).write(copy);
        assertThat(written.length())
                .isLessThan(Files.readString(copy.resolve("docs/README.md")).length());
        assertThat(Files.readString(copy.resolve("docs/README.md")))
                .isEqualTo(Files.readString(root.resolve("docs/README.md")));
    }
}
