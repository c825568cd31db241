package workshop.kit.classroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import workshop.kit.grader.CheckResult;
import workshop.kit.grader.CheckStatus;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepReport;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/** The class view's rows: the step each learner is on, their tasks, checks and hints, and the clones that could not be graded. */
class ClassTableTest {
    private final Steps steps = Steps.load(Path.of(System.getProperty("workshop.root", "..")));
    private final Instant monday = Instant.parse("2026-11-23T09:30:00Z");

    @Test
    void oneRowPerLearnerWithTheirCurrentStep() {
        LearnerRow solved = LearnerRow.graded("alice", graded(true, true, true), Optional.of(monday), true);
        LearnerRow onStep2 = LearnerRow.graded("bob", graded(true, false, false), Optional.of(monday), false);
        LearnerRow broken = LearnerRow.graded("carol", withStep1NotCompiling(), Optional.empty(), false);
        LearnerRow notAClone =
                LearnerRow.problem("dave", "not a workshop clone (no workshop-kit/steps.yaml)", Optional.empty());
        LearnerRow hung = LearnerRow.problem("erin", "timed out after 300 s (code that hangs?)", Optional.of(monday));
        List<LearnerRow> rows = List.of(solved, onStep2, broken, notAClone, hung);
        ClassTable table = new ClassTable(steps, ZoneOffset.UTC);

        List<String> lines = table.render(rows).lines().toList();
        assertThat(lines.get(0))
                .startsWith("learner")
                .contains("step", "tasks done", "checks passed", "hints used", "last change", "note");
        int tasks = steps.all().stream()
                .mapToInt(step -> (int)
                        step.tasks().stream().filter(task -> !task.bonus()).count())
                .sum();
        assertThat(lines.get(1))
                .startsWith("alice")
                .contains("all done", tasks + " of " + tasks + " + bonus", "2026-11-23 09:30");
        assertThat(lines.get(2)).startsWith("bob").contains("step-2", "1 of " + tasks, " - ");
        assertThat(lines.get(3)).startsWith("carol").contains("step-1", "step-1 does not compile");
        assertThat(lines.get(4)).startsWith("dave").endsWith("not a workshop clone (no workshop-kit/steps.yaml)");
        assertThat(lines.get(5)).startsWith("erin").endsWith("timed out after 300 s (code that hangs?)");

        List<String> csv = table.csv(rows).lines().toList();
        assertThat(csv.get(0))
                .isEqualTo(
                        "learner,step,tasks_done,tasks_total,bonus_tasks_done,checks_passed,checks_total,hints_used,last_change,note,"
                                + String.join(
                                        ",",
                                        steps.all().stream().map(Step::name).toList()));
        assertThat(csv.get(1))
                .startsWith("alice,all done," + tasks + "," + tasks + ",1,")
                .contains(",3,2026-11-23T09:30:00Z,,done (");
        int step2Checks = steps.all().get(1).tasks().size();
        assertThat(csv.get(2))
                .startsWith("bob,step-2,1," + tasks + ",0,0," + step2Checks
                        + ",,2026-11-23T09:30:00Z,,done (1/1),in progress (0/" + step2Checks + ")");
        assertThat(csv.get(3)).startsWith("carol,step-1,").contains("step-1 does not compile,does not compile,");
        assertThat(csv.get(4))
                .isEqualTo("dave,,,,,,,,,not a workshop clone (no workshop-kit/steps.yaml)"
                        + ",".repeat(steps.all().size()));
    }

    @Test
    void csvQuotesWhatWouldBreakAColumn() {
        assertThat(ClassTable.csvField("plain")).isEqualTo("plain");
        assertThat(ClassTable.csvField("a, b")).isEqualTo("\"a, b\"");
        assertThat(ClassTable.csvField("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    /** Every step graded with one check per task; steps marked done pass them all, the others none. */
    private GradingResults graded(boolean... done) {
        List<StepGrade> grades = new ArrayList<>();
        for (int i = 0; i < steps.all().size(); i++) {
            Step step = steps.all().get(i);
            List<CheckResult> checks = new ArrayList<>();
            for (Task task : step.tasks()) {
                checks.add(new CheckResult(
                        task.checks().get(0),
                        Optional.of(task),
                        "check of " + task.id(),
                        done[i] ? CheckStatus.PASS : CheckStatus.FAIL,
                        done[i] ? "" : "no"));
            }
            grades.add(StepGrade.of(step, StepReport.of(new StepResult(step, "your code", checks, ""), steps, 1)));
        }
        return GradingResults.of("./workshop class", grades);
    }

    private GradingResults withStep1NotCompiling() {
        List<StepGrade> grades = new ArrayList<>(graded(false, false, false).steps());
        grades.set(0, StepGrade.notCompiling(steps.all().get(0), "your code", "A.java:[1,1] error", 0));
        return GradingResults.of("./workshop class", grades);
    }
}
