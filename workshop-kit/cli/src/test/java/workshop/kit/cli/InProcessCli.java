package workshop.kit.cli;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs one ./workshop command in this JVM, with what it prints on each stream. */
record InProcessCli(int exitCode, String stdout, String stderr) {
    static InProcessCli execute(String... args) {
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        StringWriter stderr = new StringWriter();
        PrintStream realOut = System.out;
        System.setOut(new PrintStream(stdout, true, StandardCharsets.UTF_8));
        try {
            CommandLine cli = WorkshopCli.commandLine(Workspace.fromSystemProperties());
            cli.setErr(new PrintWriter(stderr, true));
            int exit = cli.execute(args);
            return new InProcessCli(exit, stdout.toString(StandardCharsets.UTF_8), stderr.toString());
        } finally {
            System.setOut(realOut);
        }
    }
}
