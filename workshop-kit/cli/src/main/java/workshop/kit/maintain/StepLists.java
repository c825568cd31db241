package workshop.kit.maintain;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * The lists of steps and tasks that files other than the manifest need, written from the manifest
 * (workshop-kit/steps.yaml) so that adding a step means adding it there, its module, its solution
 * and its chapter: the root pom's modules, the docs index of task sections, and the classroom
 * workflow's autograding tests (one per task) with their reporter. {@code ./workshop sync}
 * writes them; a test fails when one is out of step.
 */
public final class StepLists {
    static final String BY = "written by ./workshop sync from workshop-kit/steps.yaml";

    private StepLists() {}

    /** Every generated part, as the manifest says it should read. */
    public static List<GeneratedPart> of(Steps steps) {
        return List.of(pomModules(steps), docsTaskIndex(steps), classroomTests(steps));
    }

    static GeneratedPart pomModules(Steps steps) {
        StringBuilder modules = new StringBuilder();
        steps.all()
                .forEach(step ->
                        modules.append("    <module>").append(step.module()).append("</module>\n"));
        return new GeneratedPart(
                Path.of("pom.xml"), "<!-- The steps, " + BY + " -->", "<!-- End of the steps. -->", modules.toString());
    }

    static GeneratedPart docsTaskIndex(Steps steps) {
        StringBuilder index = new StringBuilder();
        for (Step step : steps.all()) {
            List<String> links = new ArrayList<>();
            for (Task task : step.tasks()) {
                links.add("[" + (task.bonus() ? "Bonus" : "Task " + task.number()) + "](" + docsLink(step, task) + ")");
            }
            index.append("- Step ")
                    .append(step.number())
                    .append(": ")
                    .append(String.join(",\n  ", links))
                    .append('\n');
        }
        return new GeneratedPart(
                Path.of("docs", "README.md"),
                "<!-- The task sections, " + BY + ". -->",
                "<!-- End of the task sections. -->",
                index.toString());
    }

    /** A task's section, as a link from docs/README.md. */
    private static String docsLink(Step step, Task task) {
        return Path.of("docs").relativize(Path.of(step.chapter())).toString().replace('\\', '/') + "#" + task.anchor();
    }

    static GeneratedPart classroomTests(Steps steps) {
        StringBuilder yaml = new StringBuilder();
        List<String> ids = new ArrayList<>();
        for (Step step : steps.all()) {
            for (Task task : step.tasks()) {
                String id = step.name() + "-task-" + task.number();
                String name = "Step " + step.number() + ", " + (task.bonus() ? "bonus" : "task " + task.number()) + ": "
                        + task.title();
                ids.add(id);
                yaml.append("      - name: \"")
                        .append(name)
                        .append("\"\n")
                        .append("        id: ")
                        .append(id)
                        .append('\n')
                        .append("        uses: classroom-resources/autograding-command-grader@v1\n")
                        .append("        with:\n")
                        .append("          test-name: \"")
                        .append(name)
                        .append("\"\n")
                        .append("          command: ./workshop check ")
                        .append(step.name())
                        .append(" --task ")
                        .append(task.number())
                        .append('\n')
                        .append("          timeout: 10\n")
                        .append("          max-score: 10\n\n");
            }
        }
        yaml.append("      - name: Grade for GitHub Classroom\n")
                .append("        uses: classroom-resources/autograding-grading-reporter@v1\n")
                .append("        env:\n");
        ids.forEach(id -> yaml.append("          ")
                .append(id.toUpperCase())
                .append("_RESULTS: \"${{ steps.")
                .append(id)
                .append(".outputs.result }}\"\n"));
        yaml.append("        with:\n")
                .append("          runners: ")
                .append(String.join(",", ids))
                .append('\n');
        return new GeneratedPart(
                Path.of(".github", "workflows", "classroom.yml"),
                "# The autograding tests, one per task, " + BY + ".",
                "# End of the autograding tests.",
                yaml.toString());
    }
}
