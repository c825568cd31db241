package workshop.kit.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import workshop.kit.Timings;
import workshop.kit.WorkshopException;
import workshop.kit.classroom.ClassCommand;
import workshop.kit.classroom.PrepareCommand;
import workshop.kit.dynamodb.BackendUnavailableException;
import workshop.kit.tools.ToolsArchive;
import workshop.kit.tools.ToolsBuild;

/**
 * The learner's command, {@code ./workshop}: the launcher scripts ({@code workshop}, {@code
 * workshop.cmd}) start this with {@code -Dworkshop.root} set to the repository; it keeps the tools
 * built ({@link ToolsBuild}) and does everything else itself.
 */
@Command(
        name = "workshop",
        mixinStandardHelpOptions = true,
        description = {
            "Cache freshness workshop: grade, hint, run and compare the steps.",
            "Your loop: ./workshop watch (grades on every save), ./workshop hint step-N when stuck."
        },
        footer = {"", "Start with: ./workshop watch   (or ./workshop check step-1)"})
public final class WorkshopCli implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    /** No command given: show what there is. */
    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    public static void main(String[] args) {
        Timings.sinceJvmStart("JVM start, up to main()");
        // compare draws charts: never open a window for that, or show a Java icon in a Dock.
        System.setProperty("java.awt.headless", "true");
        Workspace workspace;
        try {
            workspace = Timings.time("workspace and step manifest", Workspace::fromSystemProperties);
            ToolsArchive.tidy(workspace.root());
            ToolsBuild tools = new ToolsBuild(workspace.root());
            if (Boolean.getBoolean(ToolsBuild.FRESH_PROPERTY)) {
                tools.markFresh();
            } else if (!Timings.time("tools' freshness check (ToolsBuild)", tools::isFresh)) {
                tools.rebuild();
                System.exit(tools.runAgain(args));
            }
        } catch (WorkshopException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        long command = System.currentTimeMillis();
        int exit = commandLine(workspace).execute(args);
        Timings.record("the command (" + String.join(" ", args) + ")", command);
        System.exit(exit);
    }

    public static CommandLine commandLine(Workspace workspace) {
        CommandLine commandLine = new CommandLine(new WorkshopCli())
                .addSubcommand(new RunCommand(workspace))
                .addSubcommand(new CheckCommand(workspace))
                .addSubcommand(new WatchCommand(workspace))
                .addSubcommand(new HintCommand(workspace))
                .addSubcommand(new ProgressCommand(workspace))
                .addSubcommand(new ResetCommand(workspace))
                .addSubcommand(new SolutionCommand(workspace))
                .addSubcommand(new CompareCommand(workspace))
                .addSubcommand(new PrepareCommand(workspace))
                .addSubcommand(new ClassCommand(workspace))
                .addSubcommand(new SyncCommand(workspace));
        commandLine.setExecutionExceptionHandler(WorkshopCli::explain);
        return commandLine;
    }

    /** One line that says what went wrong and what to do; a stack trace helps nobody here. */
    private static int explain(Exception e, CommandLine commandLine, CommandLine.ParseResult parseResult) {
        if (e instanceof WorkshopException || e instanceof BackendUnavailableException) {
            commandLine.getErr().println(e.getMessage());
        } else {
            commandLine
                    .getErr()
                    .println("Unexpected error: " + e
                            + ". If it persists, ask your instructor (WORKSHOP_DEBUG=1 shows the details).");
            if (System.getenv("WORKSHOP_DEBUG") != null) {
                e.printStackTrace(commandLine.getErr());
            }
        }
        return 1;
    }
}
