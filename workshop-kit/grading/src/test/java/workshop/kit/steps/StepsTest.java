package workshop.kit.steps;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.WorkshopException;

class StepsTest {
    static final Path ROOT = Steps.repositoryRoot().toAbsolutePath().normalize();
    private final Steps steps = Steps.load(ROOT);

    @Test
    void theManifestListsTheStepsInOrderWithTheirModulesTasksAndTtls() {
        assertThat(steps.all())
                .extracting(Step::module)
                .containsExactly("step-1-no-cache", "step-2-read-aside", "step-3-write-aside");
        assertThat(steps.named("step-1").ttl()).isEmpty();
        assertThat(steps.named("step-2").ttl()).contains(Duration.ofSeconds(60));
        assertThat(steps.named("step-3").ttl()).contains(Duration.ofSeconds(1800));
        assertThat(steps.after(steps.named("step-3"))).isEmpty();
        Step step3 = steps.named("step-3");
        assertThat(step3.taskOf("FailedWriteChecks")).map(Task::number).contains(4);
        assertThat(step3.taskOf("ReadAsideChecks"))
                .as("carried from step 2: keeps working, no task")
                .isEmpty();
        assertThat(step3.checkClasses())
                .startsWith("WriteAsideChecks")
                .contains("ReadAsideChecks")
                .doesNotHaveDuplicates();
        assertThat(steps.introducing("ReadAsideChecks"))
                .contains("docs/02-step-2-read-aside.md#task-1-read-through-the-cache");
    }

    @Test
    void aLearnerMayNameAStepByNameNumberOrModuleDirectory() {
        assertThat(steps.named("step-2").module()).isEqualTo("step-2-read-aside");
        assertThat(steps.named("2").name()).isEqualTo("step-2");
        assertThat(steps.named("step-2-read-aside").name()).isEqualTo("step-2");
        assertThat(steps.named("step-2-read-aside/").name()).isEqualTo("step-2");
    }

    @Test
    void anUnknownStepNamesTheValidOnes() {
        assertThatThrownBy(() -> steps.named("step-9"))
                .isInstanceOf(WorkshopException.class)
                .hasMessage("There is no step called 'step-9'. Use one of: step-1, step-2, step-3.");
    }

    @Test
    void aBrokenManifestIsASentenceNotAStackTrace(@TempDir Path root) throws Exception {
        Files.createDirectories(root.resolve("workshop-kit"));
        Files.writeString(
                root.resolve(Steps.MANIFEST),
                "steps:\n  - name: step-2\n    module: step-2-x\n    title: T\n    chapter: docs/x.md\n    tasks: []\n");
        assertThatThrownBy(() -> Steps.load(root))
                .isInstanceOf(WorkshopException.class)
                .hasMessageContaining("step 1 is called 'step-2'");
        Files.writeString(root.resolve(Steps.MANIFEST), "steps:\n  - name: step-1\n    modul: step-1-x\n");
        assertThatThrownBy(() -> Steps.load(root))
                .isInstanceOf(WorkshopException.class)
                .hasMessageContaining("unknown field 'modul'");
        Files.writeString(
                root.resolve(Steps.MANIFEST),
                "steps:\n  - name: step-1\n    module: step-1-x\n    title: T\n    chapter: docs/x.md\n"
                        + "    tasks:\n      - number: 1\n        title: T\n        anchor: t\n        checks: [A]\n        hints:\n          - ja: 日本語だけ\n");
        assertThatThrownBy(() -> Steps.load(root))
                .isInstanceOf(WorkshopException.class)
                .hasMessageContaining("hint 1 has no English text (en:)");
    }

    @Test
    void everyTaskHasHintsInTiers() {
        for (Step step : steps.all()) {
            for (Task task : step.tasks()) {
                assertThat(task.hints())
                        .as("%s %s hints", step.name(), task.id())
                        .hasSizeGreaterThanOrEqualTo(2);
            }
        }
        Task lookup = steps.named("step-1").task(1).orElseThrow();
        assertThat(lookup.hints(Language.ENGLISH).get(0)).startsWith("A membership is one item");
        assertThat(lookup.hints(Language.JAPANESE).get(0)).startsWith("メンバーシップは、組織のパーティションにある 1 つの項目です。");
        assertThat(lookup.heading(Language.JAPANESE)).isEqualTo("タスク 1: メンバーシップを調べる");
        assertThat(steps.named("step-3").task(5).orElseThrow().heading(Language.JAPANESE))
                .isEqualTo("ボーナスタスク: 遅い読み取りが書き込みを打ち消さないようにする（これがなくてもステップは完了です）");
        assertThat(List.of(steps.named("step-3").task(5).orElseThrow().bonus())).containsExactly(true);
    }
}
