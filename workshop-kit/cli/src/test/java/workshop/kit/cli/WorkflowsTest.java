package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import workshop.kit.steps.Step;
import workshop.kit.steps.Task;

/**
 * The GitHub workflows, read as GitHub reads them (we cannot run Actions here): every command a
 * step runs exists in the repository and parses as that command parses its arguments, every path
 * exists or is written by an earlier step, every action is one we know the documented inputs of and
 * is given only those, the CI workflow is the instructor's proof, and the autograding workflow has
 * one test with points per task of the step manifest, each reported to GitHub Classroom.
 */
class WorkflowsTest {
    private static final Path ROOT =
            Path.of(System.getProperty("workshop.root", "..")).toAbsolutePath().normalize();
    private static final Path WORKFLOWS = ROOT.resolve(".github/workflows");
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

    /**
     * The actions the workflows may use, with the inputs their documentation lists (their README or
     * action.yml). A new action belongs here with its documented inputs before a workflow uses it.
     */
    private static final Map<String, Set<String>> DOCUMENTED_INPUTS = Map.of(
            "actions/checkout",
                    Set.of(
                            "repository",
                            "ref",
                            "token",
                            "path",
                            "fetch-depth",
                            "submodules",
                            "lfs",
                            "persist-credentials",
                            "clean",
                            "sparse-checkout"),
            "actions/setup-java",
                    Set.of(
                            "distribution",
                            "java-version",
                            "java-version-file",
                            "java-package",
                            "architecture",
                            "cache",
                            "cache-dependency-path",
                            "check-latest"),
            "actions/setup-python",
                    Set.of(
                            "python-version",
                            "python-version-file",
                            "cache",
                            "architecture",
                            "check-latest",
                            "cache-dependency-path"),
            "actions/upload-artifact",
                    Set.of(
                            "name",
                            "path",
                            "if-no-files-found",
                            "retention-days",
                            "compression-level",
                            "overwrite",
                            "include-hidden-files"),
            // github.com/classroom-resources/autograding-command-grader, README "Inputs"
            "classroom-resources/autograding-command-grader",
                    Set.of("test-name", "setup-command", "command", "timeout", "max-score"),
            // github.com/classroom-resources/autograding-grading-reporter, action.yml
            "classroom-resources/autograding-grading-reporter", Set.of("runners"));

    private static final Pattern USES = Pattern.compile("([\\w.-]+/[\\w.-]+)@(v\\d+)");
    /** Programs a workflow may run besides the repository's own: what the runner or an earlier step provides. */
    private static final Set<String> SYSTEM_PROGRAMS = Set.of("python", "echo", "cat", "test", "git", "ls");

    private final Workspace workspace = Workspace.fromSystemProperties();

    @Test
    void everyStepOfEveryWorkflowNamesCommandsAndPathsThatExist() throws IOException {
        List<Path> workflows = workflowFiles();
        assertThat(workflows).extracting(path -> path.getFileName().toString()).contains("ci.yml", "classroom.yml");
        List<String> problems = new ArrayList<>();
        for (Path file : workflows) {
            JsonNode workflow = YAML.readTree(file.toFile());
            String name = ROOT.relativize(file).toString();
            assertThat(workflow.has("on")).as("%s has triggers ('on')", name).isTrue();
            assertThat(workflow.path("jobs").size()).as("%s has jobs", name).isPositive();
            for (Iterator<Map.Entry<String, JsonNode>> jobs =
                            workflow.path("jobs").fields();
                    jobs.hasNext(); ) {
                Map.Entry<String, JsonNode> job = jobs.next();
                Set<String> written = new LinkedHashSet<>();
                for (JsonNode step : job.getValue().path("steps")) {
                    String where = name + ", job " + job.getKey() + ", step '"
                            + step.path("name").asText(step.path("uses").asText()) + "'";
                    problems.addAll(checkStep(step, where, written));
                }
            }
        }
        assertThat(problems).as("problems in the workflows").isEmpty();
    }

    @Test
    void ciIsTheInstructorsProofOnJava17WithMotoAndMavensCache() throws IOException {
        JsonNode ci = YAML.readTree(WORKFLOWS.resolve("ci.yml").toFile());
        assertThat(ci.path("on").has("push")).isTrue();
        assertThat(ci.path("on").has("pull_request")).isTrue();
        List<JsonNode> steps = new ArrayList<>();
        ci.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));
        JsonNode java = steps.stream()
                .filter(step -> step.path("uses").asText().startsWith("actions/setup-java@"))
                .findFirst()
                .orElseThrow();
        assertThat(java.path("with").path("java-version").asText()).isEqualTo("17");
        assertThat(java.path("with").path("cache").asText()).isEqualTo("maven");
        assertThat(runs(steps)).anyMatch(run -> run.contains("pip install") && run.contains("moto[server]"));
        assertThat(runs(steps)).contains("bash .ci/run");
        assertThat(Files.readString(ROOT.resolve(".ci/run"))).contains("verify -Pinstructor");
    }

    @Test
    void classroomGradesEveryTaskOfTheManifestWithPointsAndReportsThemAll() throws IOException {
        JsonNode classroom = YAML.readTree(WORKFLOWS.resolve("classroom.yml").toFile());
        assertThat(classroom.path("on").has("push")).isTrue();
        assertThat(classroom.path("on").has("repository_dispatch"))
                .as("GitHub Classroom starts gradings with repository_dispatch")
                .isTrue();
        List<JsonNode> steps = new ArrayList<>();
        classroom.path("jobs").forEach(job -> job.path("steps").forEach(steps::add));

        List<String> expectedCommands = new ArrayList<>();
        for (Step step : workspace.steps().all()) {
            for (Task task : step.tasks()) {
                expectedCommands.add("./workshop check " + step.name() + " --task " + task.number());
            }
        }
        List<JsonNode> graders = steps.stream()
                .filter(step ->
                        step.path("uses").asText().startsWith("classroom-resources/autograding-command-grader@"))
                .toList();
        assertThat(graders)
                .extracting(step -> step.path("with").path("command").asText())
                .as(
                        "one autograding test per task of %s, in order",
                        workspace.steps().names())
                .containsExactlyElementsOf(expectedCommands);
        for (JsonNode grader : graders) {
            assertThat(grader.path("with").path("max-score").asInt())
                    .as("points of %s", grader.path("id").asText())
                    .isPositive();
            assertThat(grader.path("with").path("test-name").asText()).isNotBlank();
        }

        JsonNode reporter = steps.stream()
                .filter(step ->
                        step.path("uses").asText().startsWith("classroom-resources/autograding-grading-reporter@"))
                .findFirst()
                .orElseThrow();
        List<String> ids =
                graders.stream().map(step -> step.path("id").asText()).toList();
        assertThat(List.of(reporter.path("with").path("runners").asText().split(",")))
                .containsExactlyElementsOf(ids);
        for (String id : ids) {
            // The reporter reads each test's result from the variable <ID in capitals>_RESULTS.
            assertThat(reporter.path("env").path(id.toUpperCase() + "_RESULTS").asText())
                    .isEqualTo("${{ steps." + id + ".outputs.result }}");
        }
        assertThat(runs(steps))
                .anyMatch(run -> run.contains("./workshop progress")
                        && run.contains("--markdown \"$GITHUB_STEP_SUMMARY\"")
                        && run.contains("--json"));
    }

    @Test
    void dependabotWatchesMavenAndTheActions() throws IOException {
        JsonNode dependabot =
                YAML.readTree(ROOT.resolve(".github/dependabot.yml").toFile());
        assertThat(dependabot.path("version").asInt()).isEqualTo(2);
        List<String> ecosystems = new ArrayList<>();
        dependabot.path("updates").forEach(update -> {
            ecosystems.add(update.path("package-ecosystem").asText());
            assertThat(Files.isDirectory(
                            ROOT.resolve(update.path("directory").asText().replaceFirst("^/", ""))))
                    .isTrue();
            assertThat(update.path("schedule").path("interval").asText()).isNotBlank();
        });
        assertThat(ecosystems).containsExactlyInAnyOrder("maven", "github-actions");
    }

    /** Problems with one step: its action and inputs, or the commands it runs. */
    private List<String> checkStep(JsonNode step, String where, Set<String> written) {
        List<String> problems = new ArrayList<>();
        if (step.has("uses")) {
            String uses = step.path("uses").asText();
            Matcher matcher = USES.matcher(uses);
            if (!matcher.matches()) {
                problems.add(where + ": uses '" + uses + "', not an action pinned to a major version (owner/name@vN)");
                return problems;
            }
            Set<String> inputs = DOCUMENTED_INPUTS.get(matcher.group(1));
            if (inputs == null) {
                problems.add(
                        where + ": uses " + matcher.group(1) + ", whose documented inputs this test does not know yet");
                return problems;
            }
            step.path("with").fieldNames().forEachRemaining(input -> {
                if (!inputs.contains(input)) {
                    problems.add(where + ": " + matcher.group(1) + " has no input '" + input + "'");
                }
            });
            if (matcher.group(1).equals("classroom-resources/autograding-command-grader")) {
                problems.addAll(checkScript(
                        step.path("with").path("setup-command").asText(""), where + " (setup-command)", written));
                problems.addAll(
                        checkScript(step.path("with").path("command").asText(""), where + " (command)", written));
            }
            if (matcher.group(1).equals("actions/upload-artifact")) {
                step.path("with")
                        .path("path")
                        .asText()
                        .lines()
                        .map(String::strip)
                        .filter(line -> !line.isEmpty())
                        .forEach(path -> {
                            if (!written.contains(path.replaceAll("/$", "")) && !Files.exists(ROOT.resolve(path))) {
                                problems.add(where + ": uploads " + path
                                        + ", which no earlier step writes and the repository does not have");
                            }
                        });
            }
        } else if (step.has("run")) {
            problems.addAll(checkScript(step.path("run").asText(), where, written));
        } else {
            problems.add(where + ": neither uses an action nor runs a command");
        }
        if (step.has("working-directory")
                && !Files.isDirectory(
                        ROOT.resolve(step.path("working-directory").asText()))) {
            problems.add(where + ": working-directory "
                    + step.path("working-directory").asText() + " does not exist");
        }
        return problems;
    }

    /** Each command of a shell script: ./workshop commands must parse; scripts and paths must exist. */
    private List<String> checkScript(String script, String where, Set<String> written) {
        List<String> problems = new ArrayList<>();
        for (List<String> command : Shell.commands(script)) {
            String program = command.get(0);
            List<String> arguments = command.subList(1, command.size());
            switch (program) {
                case "./workshop" -> problems.addAll(checkWorkshop(arguments, where, written));
                case "./mvnw" -> problems.addAll(checkMaven(arguments, where));
                case "bash", "java" -> {
                    if (arguments.isEmpty() || !Files.isRegularFile(ROOT.resolve(arguments.get(0)))) {
                        problems.add(
                                where + ": " + String.join(" ", command) + " runs a file the repository does not have");
                    }
                }
                default -> {
                    if (program.startsWith("./") || program.contains("/")) {
                        if (!Files.isExecutable(ROOT.resolve(program))) {
                            problems.add(where + ": " + program + " is not an executable file of the repository");
                        }
                    } else if (!SYSTEM_PROGRAMS.contains(program)) {
                        problems.add(where + ": runs '" + program
                                + "', which is neither in the repository nor a program the runner has");
                    }
                }
            }
        }
        return problems;
    }

    /** A {@code ./workshop} command line must parse as the CLI parses it, name real steps and tasks, and may write files. */
    private List<String> checkWorkshop(List<String> arguments, String where, Set<String> written) {
        if (!Files.isExecutable(ROOT.resolve("workshop"))) {
            return List.of(where + ": ./workshop is not executable");
        }
        CommandLine cli = WorkshopCli.commandLine(workspace);
        try {
            CommandLine.ParseResult parsed = cli.parseArgs(arguments.toArray(String[]::new));
            CommandLine.ParseResult sub = parsed.subcommand();
            if (sub != null) {
                List<String> positional = sub.matchedPositionals().stream()
                        .flatMap(p -> p.stringValues().stream())
                        .toList();
                if (List.of("check", "hint", "run", "reset", "solution")
                                .contains(sub.commandSpec().name())
                        && !positional.isEmpty()) {
                    Step step = workspace.steps().named(positional.get(0));
                    if (sub.hasMatchedOption("--task")) {
                        HintCommand.task(step, sub.matchedOptionValue("--task", ""));
                    }
                }
                for (String option : List.of("--json", "--junit", "--csv")) {
                    if (sub.hasMatchedOption(option)) {
                        written.add(sub.matchedOption(option).stringValues().get(0));
                    }
                }
            }
            return List.of();
        } catch (CommandLine.ParameterException | workshop.kit.WorkshopException e) {
            return List.of(where + ": ./workshop " + String.join(" ", arguments) + ": " + e.getMessage());
        }
    }

    /** {@code ./mvnw}: its modules ({@code -pl}) and profiles ({@code -P}) must exist. */
    private List<String> checkMaven(List<String> arguments, String where) {
        List<String> problems = new ArrayList<>();
        String pom;
        try {
            pom = Files.readString(ROOT.resolve("pom.xml"));
        } catch (IOException e) {
            return List.of(where + ": cannot read pom.xml");
        }
        for (int i = 0; i < arguments.size(); i++) {
            String argument = arguments.get(i);
            if (argument.equals("-pl") && i + 1 < arguments.size()) {
                for (String module : arguments.get(i + 1).split(",")) {
                    if (!pom.contains("<module>" + module + "</module>")) {
                        problems.add(where + ": -pl " + module + " is not a module of pom.xml");
                    }
                }
            }
            if (argument.startsWith("-P")) {
                for (String profile : argument.substring(2).split(",")) {
                    if (!pom.contains("<id>" + profile + "</id>")) {
                        problems.add(where + ": -P" + profile + " is not a profile of pom.xml");
                    }
                }
            }
        }
        return problems;
    }

    private static List<String> runs(List<JsonNode> steps) {
        return steps.stream()
                .filter(step -> step.has("run"))
                .map(step -> step.path("run").asText().strip())
                .toList();
    }

    private static List<Path> workflowFiles() throws IOException {
        try (Stream<Path> files = Files.list(WORKFLOWS)) {
            return files.filter(file ->
                            file.toString().endsWith(".yml") || file.toString().endsWith(".yaml"))
                    .sorted()
                    .toList();
        }
    }
}
