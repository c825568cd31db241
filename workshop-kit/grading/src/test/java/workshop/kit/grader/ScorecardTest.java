package workshop.kit.grader;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

class ScorecardTest {
    private final Steps steps = Steps.load(Steps.repositoryRoot());
    private final Task task1 = new Task(1, "Look up a membership", "task-1", false, List.of("A"), List.of());
    private final Task task2 = new Task(2, "Second", "task-2", false, List.of("B"), List.of());
    private final Task bonus = new Task(3, "Extra mile", "bonus", true, List.of("C"), List.of());
    private final Step step1 =
            new Step("step-1", "step-1-x", "The first", "docs/01.md", null, List.of(task1, task2, bonus), List.of("D"));

    @Test
    void groupsByTaskInOrderThenWhatKeepsWorking() {
        StepResult result = new StepResult(
                step1,
                "the code under test",
                List.of(
                        new CheckResult("D", Optional.empty(), "old behaviour", CheckStatus.PASS, ""),
                        new CheckResult("X", Optional.of(task2), "second task check", CheckStatus.PASS, ""),
                        new CheckResult(
                                "X",
                                Optional.of(task1),
                                "finds a member",
                                CheckStatus.FAIL,
                                "Expected 200\nbut got 501"),
                        new CheckResult(
                                "D", Optional.empty(), "needs local Momento", CheckStatus.SKIP, "real Momento")),
                "");
        String card = print(result);

        assertThat(card).contains("Step 1: The first — 2 of 4 checks pass\n(checked: the code under test)");
        assertThat(card.indexOf("Task 1: Look up a membership (0 of 1)"))
                .isLessThan(card.indexOf("Task 2: Second (1 of 1)"))
                .isLessThan(card.indexOf(Scorecard.KEEPS_WORKING + " (1 of 2)"));
        assertThat(card)
                .contains(
                        "  [FAIL] finds a member\n         Expected 200\n         but got 501\n         Read: docs/01.md#task-1");
        assertThat(card).contains("  [skip] needs local Momento\n         real Momento");
        assertThat(card).contains("\n2 passed, 1 failed, 1 skipped\n");
        assertThat(card).contains("Next: Task 1");
        assertThat(result.complete()).isFalse();
    }

    @Test
    void aCompleteStepPointsToTheNextOne() {
        StepResult result = new StepResult(
                step1,
                "the code under test",
                List.of(new CheckResult("X", Optional.of(task1), "finds a member", CheckStatus.PASS, "")),
                "");
        String card = print(result);
        assertThat(card).contains("\n1 passed, 0 failed\n").contains("./workshop check step-2");
        assertThat(result.complete()).isTrue();
    }

    @Test
    void aFailingBonusTaskDoesNotKeepTheStepFromBeingDone() {
        StepResult result = new StepResult(
                step1,
                "the code under test",
                List.of(
                        new CheckResult("X", Optional.of(task1), "finds a member", CheckStatus.PASS, ""),
                        new CheckResult("X", Optional.of(bonus), "goes the extra mile", CheckStatus.FAIL, "not yet")),
                "");
        String card = print(result);
        assertThat(result.complete()).isTrue();
        assertThat(card)
                .contains("Bonus task: Extra mile (the step is complete without it) (0 of 1)")
                .contains("\n1 passed, 1 failed\n")
                .contains("Step 1 is done. The bonus task is still open, if you want more: docs/01.md#bonus.");
    }

    @Test
    void aFailingTaskKeepsTheStepOpenEvenWhenTheBonusPasses() {
        StepResult result = new StepResult(
                step1,
                "the code under test",
                List.of(
                        new CheckResult("X", Optional.of(task1), "finds a member", CheckStatus.FAIL, "501"),
                        new CheckResult("X", Optional.of(bonus), "goes the extra mile", CheckStatus.PASS, "")),
                "");
        assertThat(result.complete()).isFalse();
        assertThat(print(result)).contains("Next: Task 1");
    }

    @Test
    void noChecksIsNotDone() {
        StepResult result = new StepResult(step1, "the code under test", List.of(), "");
        assertThat(result.complete()).isFalse();
        assertThat(print(result)).contains("No checks ran");
    }

    @Test
    void inJapaneseTheNextStepsAreJapaneseAndWhatWasGradedStaysEnglish() {
        Task japaneseTask = new Task(
                1,
                "Look up a membership",
                "メンバーシップを調べる",
                "task-1",
                "タスク-1-メンバーシップを調べる",
                false,
                List.of("A"),
                List.of());
        Step step =
                new Step("step-1", "step-1-x", "The first", "docs/01.md", null, List.of(japaneseTask), List.of("D"));
        StepResult result = new StepResult(
                step,
                "the code under test",
                List.of(new CheckResult(
                        "X",
                        Optional.of(japaneseTask),
                        "finds a member",
                        CheckStatus.FAIL,
                        "Expected 200\nbut got 501")),
                "");

        String notTranslatedYet = print(result, new Guidance(new Chapters(Language.JAPANESE, path -> false)));
        assertThat(notTranslatedYet)
                .contains("Step 1: The first — 0 of 1 checks pass")
                .contains("Task 1: Look up a membership (0 of 1)")
                .contains(
                        "  [FAIL] finds a member\n         Expected 200\n         but got 501\n         参照: docs/01.md#task-1 （英語版）")
                .contains("\n0 passed, 1 failed\n")
                .contains(
                        "次: タスク 1「メンバーシップを調べる」。docs/01.md#task-1 （英語版） を読み（行き詰まったら ./workshop hint step-1 task-1 を実行）、"
                                + "./workshop check step-1 をもう一度実行してください。");

        Guidance translated = new Guidance(new Chapters(Language.JAPANESE, Set.of("docs/ja/01.md")::contains));
        assertThat(print(result, translated))
                .contains("         参照: docs/ja/01.md#タスク-1-メンバーシップを調べる\n")
                .contains("次: タスク 1「メンバーシップを調べる」。docs/ja/01.md#タスク-1-メンバーシップを調べる を読み");
        ByteArrayOutputStream compact = new ByteArrayOutputStream();
        new Scorecard(steps, translated).printCompact(result, new PrintStream(compact, true, StandardCharsets.UTF_8));
        assertThat(compact.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n"))
                .contains("最初に直すチェック（タスク 1）:\n  [FAIL] finds a member\n")
                .contains(
                        "         参照: docs/ja/01.md#タスク-1-メンバーシップを調べる\n         行き詰まったら: ./workshop hint step-1 task-1");
    }

    @Test
    void aCompleteStepInJapanesePointsToTheNextOne() {
        StepResult result = new StepResult(
                step1,
                "the code under test",
                List.of(
                        new CheckResult("X", Optional.of(task1), "finds a member", CheckStatus.PASS, ""),
                        new CheckResult("X", Optional.of(bonus), "goes the extra mile", CheckStatus.FAIL, "not yet")),
                "");
        assertThat(print(result, new Guidance(new Chapters(Language.JAPANESE, path -> false))))
                .contains("ステップ 1 は完了です。ボーナスタスクも残っています（挑戦するなら docs/01.md#bonus （英語版） を参照）。"
                        + "./workshop run step-1 で動かしてみましょう。次のステップは ./workshop check step-2 から始めます。");
    }

    private String print(StepResult result) {
        return print(result, Guidance.english());
    }

    private String print(StepResult result, Guidance guidance) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new Scorecard(steps, guidance).print(result, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }
}
