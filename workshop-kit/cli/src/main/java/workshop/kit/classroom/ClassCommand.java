package workshop.kit.classroom;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.kit.cli.ResultsOptions;
import workshop.kit.cli.Workspace;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;

/**
 * {@code ./workshop class DIR}: the instructor's view of a room. DIR holds one clone of the workshop
 * per learner (GitHub Classroom's export, or copies collected on a USB stick); each is graded in a
 * process of its own with this workshop's checks, and one table shows where everybody is.
 */
@Command(
        name = "class",
        mixinStandardHelpOptions = true,
        sortOptions = false,
        header = "For instructors: grade every learner's clone under DIR into one table.",
        description = {
            "For instructors: grade every learner's clone under DIR (one directory each, e.g. GitHub Classroom's export)",
            "and print one table: learner, step, tasks done, checks passed, hints used, last change.",
            "Each clone is graded in its own process with a time limit. This RUNS EACH LEARNER'S CODE on this machine."
        })
public final class ClassCommand implements Callable<Integer> {
    private final Workspace workspace;

    @Parameters(paramLabel = "DIR", description = "The directory holding one directory per learner.")
    Path directory;

    @Option(names = "--csv", paramLabel = "FILE", description = "Also write the table as CSV, with a column per step.")
    Path csv;

    @Option(
            names = "--timeout",
            paramLabel = "SECONDS",
            defaultValue = "300",
            description = "Time limit of one learner's grading, all steps (default: ${DEFAULT-VALUE}).")
    int timeoutSeconds;

    public ClassCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!Files.isDirectory(directory)) {
            System.err.println(directory
                    + " is not a directory. Give the directory that holds one clone of the workshop per learner.");
            return 2;
        }
        if (timeoutSeconds <= 0) {
            System.err.println("--timeout must be a positive number of seconds.");
            return 2;
        }
        List<Path> candidates = subdirectories(directory);
        List<Path> clones =
                candidates.stream().filter(ClassCommand::isWorkshopClone).toList();
        if (clones.isEmpty()) {
            System.err.println(
                    candidates.isEmpty()
                            ? directory
                                    + " holds no directories. Expected one directory per learner, each a clone of the workshop (e.g. GitHub Classroom's export)."
                            : "None of the " + candidates.size() + " directories in " + directory
                                    + " is a clone of the workshop (none has "
                                    + Steps.MANIFEST.toString().replace('\\', '/') + ").");
            return 2;
        }

        Path work = Files.createTempDirectory("workshop-class-");
        CloneGradingProcess grading =
                new CloneGradingProcess(workspace.root(), Duration.ofSeconds(timeoutSeconds), work);
        List<String> modules =
                workspace.steps().all().stream().map(Step::module).toList();
        System.out.println("Grading " + clones.size() + (clones.size() == 1 ? " clone" : " clones") + " in " + directory
                + " with this workshop's checks, one process each, at most " + timeoutSeconds + " s each."
                + " This runs each learner's code on this machine.");
        List<LearnerRow> rows = new ArrayList<>();
        int number = 0;
        for (Path candidate : candidates) {
            String learner = candidate.getFileName().toString();
            Optional<Instant> lastChange = LastChange.of(candidate, modules);
            if (!isWorkshopClone(candidate)) {
                rows.add(LearnerRow.problem(
                        learner,
                        "not a workshop clone (no " + Steps.MANIFEST.toString().replace('\\', '/') + ")",
                        lastChange));
                continue;
            }
            number++;
            System.out.printf("  [%d/%d] %s ...", number, clones.size(), learner);
            System.out.flush();
            long started = System.nanoTime();
            CloneGradingProcess.Outcome outcome = grading.grade(learner, candidate);
            long seconds = Math.round((System.nanoTime() - started) / 1e9);
            boolean hintsRecorded =
                    Files.isRegularFile(candidate.resolve(".workshop").resolve("hints.json"));
            LearnerRow row = outcome instanceof CloneGradingProcess.Outcome.Graded graded
                    ? LearnerRow.graded(learner, graded.results(), lastChange, hintsRecorded)
                    : LearnerRow.problem(learner, ((CloneGradingProcess.Outcome.Failed) outcome).problem(), lastChange);
            System.out.println(" " + seconds + " s"
                    + row.problem().map(problem -> ": " + problem).orElse(""));
            rows.add(row);
        }

        ClassTable table = new ClassTable(workspace.steps(), ZoneId.systemDefault());
        System.out.println();
        System.out.print(table.render(rows));
        System.out.println();
        System.out.println(
                "Each grading's output is in " + work + ". Hints used show \"-\" for clones without the learner's"
                        + " .workshop/ records (a clone from GitHub has none).");
        if (csv != null) {
            try {
                Files.writeString(csv, table.csv(rows), StandardCharsets.UTF_8);
                System.out.println("Wrote the table as CSV: " + csv);
            } catch (IOException e) {
                System.err.println("Cannot write --csv " + csv + ": " + ResultsOptions.reason(csv, e)
                        + ". Give a path in a folder that exists and you may write to.");
                return 2;
            }
        }
        return 0;
    }

    /** The directories directly in {@code directory}, by name; hidden ones (.git, ...) left out. */
    private static List<Path> subdirectories(Path directory) throws IOException {
        try (Stream<Path> entries = Files.list(directory)) {
            return entries.filter(Files::isDirectory)
                    .filter(path -> !path.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        }
    }

    private static boolean isWorkshopClone(Path directory) {
        return Files.isRegularFile(directory.resolve(Steps.MANIFEST));
    }
}
