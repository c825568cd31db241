package workshop.kit.cli;

import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import workshop.kit.WorkshopException;
import workshop.kit.dynamodb.DynamoDbBackends;
import workshop.kit.dynamodb.PrivateMoto;
import workshop.kit.dynamodb.Python;

/**
 * Gets a fresh machine its local DynamoDB without a fight. {@code pip install "moto[server]"} is
 * refused outright on Homebrew's Python, Debian 12 and Ubuntu 23.04+ ("externally-managed-environment",
 * PEP 668). So when moto is missing and a Python 3.9+ is here, the first command that needs
 * DynamoDB (and {@code ./workshop prepare}) offers, once, to create the workshop's own virtual
 * environment in {@code .workshop/moto} and install the pinned moto there, where the locator looks
 * first. A "no" is remembered until {@code prepare} asks again; nothing is installed unasked.
 */
public final class MotoSetup {
    /** Who answers the question: the learner at the terminal, an answer piped in, or nobody (empty). */
    interface Answers {
        Optional<String> ask(String question);
    }

    /** How to run pip in the new environment; tests give a stand-in, as CI reaches no package index. */
    interface Pip {
        List<String> command(PrivateMoto environment);
    }

    /** The environment's own pip. */
    static final Pip ENVIRONMENTS_PIP =
            environment -> List.of(environment.python().toString(), "-m", "pip");

    /** Where a "no" is remembered, so that not every command asks again. */
    static final Path DECLINED = Path.of(".workshop", "moto-declined");
    /** Everything the installation printed, for when it fails. */
    static final Path LOG = Path.of(".workshop", "moto-install.log");

    private static final Pattern VENV_PACKAGE = Pattern.compile("apt(?:-get)? install (python3[\\w.]*-venv)");
    private static final List<String> NETWORK_SIGNS = List.of(
            "Failed to establish a new connection",
            "Temporary failure in name resolution",
            "Name or service not known",
            "No matching distribution found",
            "Could not fetch URL",
            "ProxyError",
            "Network is unreachable",
            "timed out");

    private final Path root;
    private final PrivateMoto privateMoto;
    private final Map<String, String> env;
    private final PrintStream out;
    private final Answers answers;
    private final Pip pip;

    MotoSetup(Path root, Map<String, String> env, PrintStream out, Answers answers, Pip pip) {
        this.root = root;
        this.privateMoto = new PrivateMoto(root);
        this.env = env;
        this.out = out;
        this.answers = answers;
        this.pip = pip;
    }

    /** On this machine: its PATH, the terminal (or a piped answer), the environment's own pip. */
    public static MotoSetup onThisMachine(Workspace workspace) {
        return new MotoSetup(
                workspace.root(), System.getenv(), System.out, MotoSetup::askTheTerminal, ENVIRONMENTS_PIP);
    }

    /**
     * Before a command starts the backends: offers moto when the backends would look for it, do not
     * find it, and the learner has not said no before. True when it installed it.
     */
    boolean beforeBackends() {
        return offer(false, false);
    }

    /**
     * Offers to install moto into {@code .workshop/moto} when it is needed and missing and a Python
     * 3.9+ is here; true when it did. {@code askAgain}: also after an earlier "no" (prepare). {@code
     * yes}: install without asking. A WorkshopException, saying what failed and what to do, when the
     * installation fails.
     */
    public boolean offer(boolean askAgain, boolean yes) {
        if (!DynamoDbBackends.looksForMoto(env, System.getProperties())
                || DynamoDbBackends.motoFound(privateMoto, env)) {
            return false;
        }
        if (!askAgain && !yes && Files.exists(root.resolve(DECLINED))) {
            return false;
        }
        Optional<Python> python = Python.find(env.getOrDefault("PATH", ""));
        if (python.isEmpty()) {
            return false; // the backends' own message names the three ways to get a DynamoDB
        }
        out.println(offerText(python.get()));
        Optional<String> answer = yes ? Optional.of("y") : answers.ask("Install it now? [y/N] ");
        if (answer.isEmpty()) {
            out.println(
                    "There is no terminal to ask on, so nothing was installed. To install it without being asked: ./workshop prepare --yes");
            return false;
        }
        if (!answer.get().strip().equalsIgnoreCase("y") && !answer.get().strip().equalsIgnoreCase("yes")) {
            remember(
                    DECLINED,
                    "moto was not installed into .workshop/moto: the learner said no. ./workshop prepare asks again.\n");
            out.println(
                    "Nothing installed, and this question will not come back until you run ./workshop prepare, which asks again."
                            + " To install moto yourself instead: pipx install \"" + PrivateMoto.PACKAGE + "\".");
            return false;
        }
        install(python.get());
        return true;
    }

    /** What the offer says: what is missing, what would be done, where, and how big it is. */
    String offerText(Python python) {
        String lineBreak = System.lineSeparator();
        String whyPrivate = python.externallyManaged()
                ? "This Python refuses pip install outside a virtual environment (\"externally-managed-environment\", PEP 668),"
                        + lineBreak + "so moto needs an environment of its own." + lineBreak
                : "";
        return "moto_server, the local DynamoDB the checks run on, is not installed here (not in .workshop/moto, not on PATH)."
                + lineBreak
                + whyPrivate
                + "The workshop can install it for itself alone: a Python virtual environment in .workshop/moto, made with"
                + lineBreak
                + python.display() + " (Python " + python.version() + "), holding " + PrivateMoto.PACKAGE
                + " (about 260 MB once installed;"
                + " pip downloads it from" + lineBreak
                + "the Python package index once). Nothing outside .workshop/moto changes; deleting that folder undoes it.";
    }

    private void install(Python python) {
        long started = System.nanoTime();
        Path directory = privateMoto.directory();
        List<String> log = new ArrayList<>();
        out.println("Creating " + root.relativize(directory) + " with " + python.display() + " ...");
        List<String> venv = new ArrayList<>(python.command());
        venv.addAll(List.of("-m", "venv", "--clear", directory.toString()));
        if (run(venv, log, false) != 0) {
            throw failure("Creating the environment failed", log, false);
        }
        out.println("Installing " + PrivateMoto.PACKAGE + " into it with pip; pip's progress follows ...");
        List<String> install = new ArrayList<>(pip.command(privateMoto));
        install.addAll(List.of("install", "--disable-pip-version-check", PrivateMoto.PACKAGE));
        if (run(install, log, true) != 0) {
            throw failure("pip could not install " + PrivateMoto.PACKAGE, log, true);
        }
        if (privateMoto.installation().isEmpty()) {
            throw failure("pip finished, but " + root.relativize(directory) + " has no moto_server", log, true);
        }
        forget(DECLINED);
        out.printf(
                "Installed %s into %s in %d s; the workshop uses it from now on.%n",
                PrivateMoto.PACKAGE, root.relativize(directory), Math.round((System.nanoTime() - started) / 1e9));
    }

    /** Runs a command, keeping every line it prints (and showing them as they come when {@code show}); its exit code. */
    private int run(List<String> command, List<String> log, boolean show) {
        log.add("$ " + String.join(" ", command));
        try {
            Process process = new ProcessBuilder(command)
                    .directory(root.toFile())
                    .redirectErrorStream(true)
                    .start();
            process.getOutputStream().close();
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; (line = lines.readLine()) != null; ) {
                    log.add(line);
                    if (show && !line.isBlank()) {
                        out.println("    " + line);
                    }
                }
            }
            return process.waitFor();
        } catch (IOException e) {
            log.add("Could not run it: " + e.getMessage());
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            log.add("Interrupted.");
            return -1;
        }
    }

    /**
     * The installation failed: what was seen (the last lines, unless they were just {@code shown}),
     * and what to do about it. The whole output goes to the log.
     */
    private WorkshopException failure(String what, List<String> log, boolean shown) {
        String output = String.join("\n", log);
        remember(LOG, output + "\n");
        List<String> last = log.stream().filter(line -> !line.isBlank()).toList();
        String seen = shown
                ? " (its output is above)."
                : ". Its last lines:\n  "
                        + String.join("\n  ", last.subList(Math.max(0, last.size() - 6), last.size()));
        return new WorkshopException(what + seen + "\n" + whatToDo(output) + " (Everything it printed: " + LOG + ".)");
    }

    /** What to do after a failed installation, by what its output says. */
    static String whatToDo(String printed) {
        String output = printed.replaceAll("\\s+", " "); // messages wrap where they like
        if (output.contains("externally-managed-environment")) {
            return "pip refused with \"externally-managed-environment\" (PEP 668): it took .workshop/moto for a Python your system"
                    + " manages, not a virtual environment of its own. Delete .workshop/moto and run ./workshop prepare again, which"
                    + " creates it afresh; if pip refuses again, install moto with pipx instead: pipx install \""
                    + PrivateMoto.PACKAGE + "\".";
        }
        if (output.contains("ensurepip is not available") || output.contains("No module named venv")) {
            Matcher venvPackage = VENV_PACKAGE.matcher(output);
            String install =
                    venvPackage.find() ? "sudo apt install " + venvPackage.group(1) : "sudo apt install python3-venv";
            return "This Python cannot create virtual environments: Debian and Ubuntu ship that part separately. Install it ("
                    + install + "), then run ./workshop prepare again.";
        }
        if (NETWORK_SIGNS.stream().anyMatch(output::contains)) {
            return "pip could not reach the Python package index (https://pypi.org). Connect to a network that reaches it (behind a"
                    + " proxy, set HTTPS_PROXY first), then run ./workshop prepare again.";
        }
        return "Run ./workshop prepare again to retry; if it fails the same way, install moto with pipx instead: pipx install \""
                + PrivateMoto.PACKAGE + "\", or start Docker (the workshop then uses LocalStack).";
    }

    private void remember(Path file, String text) {
        try {
            Files.createDirectories(root.resolve(file).getParent());
            Files.writeString(root.resolve(file), text);
        } catch (IOException e) {
            // Only a convenience: without it the question comes again, or the log is missing.
        }
    }

    private void forget(Path file) {
        try {
            Files.deleteIfExists(root.resolve(file));
        } catch (IOException e) {
            // Only a convenience, as above.
        }
    }

    /**
     * The learner's answer: typed at the terminal, or piped in ({@code echo y | ./workshop prepare}),
     * which is read only when it is there already, so a command run from a script never waits.
     */
    private static Optional<String> askTheTerminal(String question) {
        Console console = System.console();
        if (console != null) {
            return Optional.ofNullable(console.readLine("%s", question));
        }
        try {
            if (System.in.available() <= 0) {
                return Optional.empty();
            }
            System.out.print(question);
            StringBuilder line = new StringBuilder();
            for (int c = System.in.read(); c >= 0 && c != '\n'; c = System.in.read()) {
                line.append((char) c);
            }
            System.out.println(line);
            return Optional.of(line.toString());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
