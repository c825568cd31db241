package workshop.kit.classroom;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import workshop.kit.grader.GradeTotals;
import workshop.kit.grader.GradingResults;
import workshop.kit.grader.StepGrade;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * The class view's table, for the screen and as CSV: one row per learner with the step they are on
 * (the first not done), tasks done over all steps, checks passed in that step, hints used and when
 * they last changed their work; and a note when something kept a clone from being graded.
 */
final class ClassTable {
    static final List<String> COLUMNS =
            List.of("learner", "step", "tasks done", "checks passed", "hints used", "last change", "note");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Steps steps;
    private final ZoneId zone;

    ClassTable(Steps steps, ZoneId zone) {
        this.steps = steps;
        this.zone = zone;
    }

    /** The table as people read it: aligned columns. */
    String render(List<LearnerRow> rows) {
        List<List<String>> cells = new ArrayList<>();
        cells.add(COLUMNS);
        rows.forEach(row -> cells.add(shown(row)));
        int[] widths = new int[COLUMNS.size()];
        for (List<String> line : cells) {
            for (int i = 0; i < line.size(); i++) {
                widths[i] = Math.max(widths[i], line.get(i).length());
            }
        }
        StringBuilder table = new StringBuilder();
        for (List<String> line : cells) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < line.size(); i++) {
                text.append(String.format("%-" + widths[i] + "s", line.get(i))).append(i + 1 < line.size() ? "  " : "");
            }
            table.append(text.toString().stripTrailing()).append('\n');
        }
        return table.toString();
    }

    /** The same rows as CSV, with numbers in columns of their own and one column per step. */
    String csv(List<LearnerRow> rows) {
        List<String> header = new ArrayList<>(List.of(
                "learner",
                "step",
                "tasks_done",
                "tasks_total",
                "bonus_tasks_done",
                "checks_passed",
                "checks_total",
                "hints_used",
                "last_change",
                "note"));
        steps.all().forEach(step -> header.add(step.name()));
        StringBuilder csv = new StringBuilder(csvLine(header));
        for (LearnerRow row : rows) {
            List<String> line = new ArrayList<>();
            line.add(row.learner());
            Optional<GradingResults> results = row.results();
            Optional<StepGrade> current = results.map(ClassTable::currentStep);
            GradeTotals totals = results.map(GradingResults::totals).orElse(null);
            line.add(results.map(this::stepColumn).orElse(""));
            line.add(totals == null ? "" : Integer.toString(totals.tasksDone()));
            line.add(totals == null ? "" : Integer.toString(totals.tasks()));
            line.add(totals == null ? "" : Integer.toString(totals.bonusTasksDone()));
            line.add(current.filter(ClassTable::compiles)
                    .map(step -> Integer.toString(step.totals().passed()))
                    .orElse(""));
            line.add(current.filter(ClassTable::compiles)
                    .map(step -> Integer.toString(step.totals().checks()))
                    .orElse(""));
            line.add(totals == null || !row.hintsRecorded() ? "" : Integer.toString(totals.hintsUsed()));
            line.add(row.lastChange().map(Object::toString).orElse(""));
            line.add(note(row));
            for (Step step : steps.all()) {
                line.add(results.flatMap(r -> r.steps().stream()
                                .filter(s -> s.step().equals(step.name()))
                                .findFirst())
                        .map(ClassTable::stepState)
                        .orElse(""));
            }
            csv.append(csvLine(line));
        }
        return csv.toString();
    }

    private List<String> shown(LearnerRow row) {
        String lastChange =
                row.lastChange().map(time -> SHOWN.format(time.atZone(zone))).orElse("-");
        if (row.results().isEmpty()) {
            return List.of(row.learner(), "-", "-", "-", "-", lastChange, note(row));
        }
        GradingResults results = row.results().get();
        GradeTotals totals = results.totals();
        StepGrade current = currentStep(results);
        String tasks = totals.tasksDone() + " of " + totals.tasks() + (totals.bonusTasksDone() > 0 ? " + bonus" : "");
        String checks = compiles(current)
                ? current.totals().passed() + " of " + current.totals().checks()
                : "-";
        String hints = row.hintsRecorded() ? Integer.toString(totals.hintsUsed()) : "-";
        return List.of(row.learner(), stepColumn(results), tasks, checks, hints, lastChange, note(row));
    }

    /** The step the learner is on: the first not done, or "all done". */
    private String stepColumn(GradingResults results) {
        return results.firstUnfinished()
                .map(StepGrade::step)
                .orElse(results.steps().isEmpty() ? "-" : "all done");
    }

    /** The first step not done, or the last step when all are. */
    static StepGrade currentStep(GradingResults results) {
        return results.firstUnfinished()
                .orElse(results.steps().get(results.steps().size() - 1));
    }

    private static String note(LearnerRow row) {
        if (row.problem().isPresent()) {
            return row.problem().get();
        }
        return row.results()
                .map(results -> results.steps().stream()
                        .filter(step -> !compiles(step))
                        .map(step -> step.step() + " does not compile")
                        .collect(Collectors.joining("; ")))
                .orElse("");
    }

    private static boolean compiles(StepGrade step) {
        return step.compileErrors() == null;
    }

    private static String stepState(StepGrade step) {
        return compiles(step)
                ? step.state() + " (" + step.totals().passed() + "/"
                        + step.totals().checks() + ")"
                : step.state();
    }

    private static String csvLine(List<String> fields) {
        return fields.stream().map(ClassTable::csvField).collect(Collectors.joining(",")) + "\r\n";
    }

    /** RFC 4180: a field with a comma, quote or line break is quoted, its quotes doubled. */
    static String csvField(String field) {
        if (field.contains(",") || field.contains("\"") || field.contains("\n") || field.contains("\r")) {
            return "\"" + field.replace("\"", "\"\"") + "\"";
        }
        return field;
    }
}
