package workshop.kit.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.WorkshopException;
import workshop.kit.dynamodb.PrivateMoto;
import workshop.kit.dynamodb.Python;

/**
 * The offer to install moto into {@code .workshop/moto}, on a machine the test describes: a PATH
 * with no moto and a stand-in {@code python3} (it answers the workshop's question about its version
 * and PEP 668 as the test says, and creates the virtual environment with this machine's real
 * Python), and a stand-in pip, since CI reaches no Python package index. The stand-in pip records
 * what it was asked and puts a {@code moto_server} into the environment, as the real one would.
 */
class MotoSetupTest {
    @TempDir
    Path root;

    @TempDir
    Path bin;

    private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
    private final List<String> questions = new ArrayList<>();
    private Python realPython;
    private Path standInPip;

    @BeforeEach
    void aMachineWithPythonButNoMoto() throws IOException {
        realPython = Python.find(System.getenv().getOrDefault("PATH", "")).orElse(null);
        assumeTrue(realPython != null, "no Python 3.9+ on this machine to create a virtual environment with");
        standInPython(false, true);
        standInPip = executable(bin.resolve("stand-in-pip"), """
        #!/bin/sh
        # $1: the environment; then pip's own arguments.
        environment="$1"; shift
        echo "$@" > "$environment/pip-arguments"
        echo "Collecting moto[server]==5.2.1 (stand-in pip: nothing is downloaded)"
        printf '#!/bin/sh\\nexit 0\\n' > "$environment/bin/moto_server"
        chmod +x "$environment/bin/moto_server"
        echo "Successfully installed moto-5.2.1 (stand-in)"
        """);
    }

    @Test
    void aYesAtTheTerminalInstallsTheWorkshopsOwnMoto() throws IOException {
        MotoSetup setup = setup(answering("y"));

        assertThat(setup.beforeBackends()).as("installed").isTrue();

        assertThat(questions).containsExactly("Install it now? [y/N] ");
        assertThat(output())
                .contains("moto_server, the local DynamoDB the checks run on, is not installed here")
                .contains("a Python virtual environment in .workshop/moto, made with" + System.lineSeparator()
                        + bin.resolve("python3") + " (Python 3.11.2), holding moto[server]==5.2.1")
                .contains("Creating .workshop/moto with")
                .contains("pip's progress follows")
                .contains("    Successfully installed moto-5.2.1 (stand-in)")
                .contains("Installed moto[server]==5.2.1 into .workshop/moto in");
        assertThat(Files.readString(root.resolve(".workshop/moto/pip-arguments"))
                        .strip())
                .isEqualTo("install --disable-pip-version-check moto[server]==5.2.1");
        assertThat(root.resolve(".workshop/moto/pyvenv.cfg"))
                .as("a real virtual environment")
                .isRegularFile();
        assertThat(new PrivateMoto(root).installation())
                .as("the locator finds it")
                .isPresent();

        assertThat(setup(answering("y")).beforeBackends())
                .as("found now: no second offer")
                .isFalse();
        assertThat(questions).hasSize(1);
    }

    @Test
    void withYesItInstallsWithoutAsking() throws IOException {
        standInPython(false, false);
        assertThat(setup(nobodyMayBeAsked()).offer(true, true)).isTrue();

        assertThat(output()).contains("Installed moto[server]==5.2.1 into .workshop/moto");
        assertThat(new PrivateMoto(root).installation()).isPresent();
    }

    @Test
    void aNoIsRememberedUntilPrepareAsksAgain() {
        assertThat(setup(answering("n")).beforeBackends()).isFalse();
        assertThat(output())
                .contains("Nothing installed, and this question will not come back until you run ./workshop prepare");
        assertThat(root.resolve(MotoSetup.DECLINED)).isRegularFile();
        assertThat(root.resolve(".workshop/moto")).as("nothing created").doesNotExist();

        assertThat(setup(nobodyMayBeAsked()).beforeBackends())
                .as("the next command does not ask again")
                .isFalse();

        assertThat(setup(answering("no")).offer(true, false))
                .as("prepare asks again")
                .isFalse();
        assertThat(questions).hasSize(2);
    }

    @Test
    void thePep668RefusalIsRecognisedAndAnsweredWithThePrivateEnvironment() throws IOException {
        standInPython(true, false);

        assertThat(setup(answering("n")).beforeBackends()).isFalse();

        assertThat(output())
                .contains(
                        String.join(
                                System.lineSeparator(),
                                "This Python refuses pip install outside a virtual environment (\"externally-managed-environment\", PEP 668),",
                                "so moto needs an environment of its own.",
                                "The workshop can install it for itself alone: a Python virtual environment in .workshop/moto"));
        String refused = """
        error: externally-managed-environment

        × This environment is externally managed
        ╰─> To install Python packages system-wide, try apt install
            python3-xyz, where xyz is the package you are trying to
            install.
        """;
        assertThat(MotoSetup.whatToDo(refused))
                .contains("\"externally-managed-environment\" (PEP 668)")
                .contains("Delete .workshop/moto and run ./workshop prepare again");
    }

    @Test
    void withNoTerminalAndNoAnswerNothingIsInstalledAndItSaysHow() {
        assertThat(setup(question -> Optional.empty()).beforeBackends()).isFalse();

        assertThat(output())
                .contains(
                        "There is no terminal to ask on, so nothing was installed. To install it without being asked: ./workshop prepare --yes");
        assertThat(root.resolve(".workshop")).doesNotExist();
    }

    @Test
    void noOfferWithoutPythonOrWhenAnEndpointIsNamed() throws IOException {
        MotoSetup noPython = new MotoSetup(
                root,
                Map.of("PATH", root.toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                nobodyMayBeAsked(),
                environment ->
                        List.of(standInPip.toString(), environment.directory().toString()));
        assertThat(noPython.beforeBackends()).isFalse();

        MotoSetup endpoint = new MotoSetup(
                root,
                Map.of("PATH", bin.toString(), "AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:8000"),
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                nobodyMayBeAsked(),
                MotoSetup.ENVIRONMENTS_PIP);
        assertThat(endpoint.offer(true, false)).isFalse();
        assertThat(output()).isEmpty();
    }

    @Test
    void aPipThatCannotReachTheIndexSaysSoAndKeepsItsOutput() throws IOException {
        standInPython(false, false);
        standInPip = executable(bin.resolve("stand-in-pip"), """
        #!/bin/sh
        echo "WARNING: Retrying (Retry(total=0)) after connection broken by 'NewConnectionError: Failed to establish a new connection: [Errno -3] Temporary failure in name resolution'"
        echo "ERROR: No matching distribution found for moto[server]==5.2.1"
        exit 1
        """);

        assertThatThrownBy(() -> setup(answering("y")).beforeBackends())
                .isInstanceOf(WorkshopException.class)
                .hasMessageStartingWith("pip could not install moto[server]==5.2.1 (its output is above).")
                .hasMessageContaining("pip could not reach the Python package index (https://pypi.org)")
                .hasMessageContaining("(Everything it printed: .workshop/moto-install.log.)");
        assertThat(output()).contains("    ERROR: No matching distribution found for moto[server]==5.2.1");
        assertThat(Files.readString(root.resolve(MotoSetup.LOG)))
                .contains("-m venv --clear")
                .contains("Temporary failure in name resolution");
        assertThat(new PrivateMoto(root).installation()).isEmpty();
    }

    @Test
    void aPythonWithoutVenvSaysWhichPackageToInstall() {
        String debian = """
        The virtual environment was not created successfully because ensurepip is not
        available.  On Debian/Ubuntu systems, you need to install the python3-venv
        package using the following command.

            apt install python3.11-venv
        """;
        assertThat(MotoSetup.whatToDo(debian))
                .contains("sudo apt install python3.11-venv")
                .contains("then run ./workshop prepare again");
    }

    private MotoSetup setup(MotoSetup.Answers answers) {
        return new MotoSetup(
                root,
                Map.of("PATH", bin.toString()),
                new PrintStream(printed, true, StandardCharsets.UTF_8),
                answers,
                environment ->
                        List.of(standInPip.toString(), environment.directory().toString()));
    }

    private MotoSetup.Answers answering(String answer) {
        return question -> {
            questions.add(question);
            return Optional.of(answer);
        };
    }

    private static MotoSetup.Answers nobodyMayBeAsked() {
        return question -> {
            throw new AssertionError("asked although it must not ask: " + question);
        };
    }

    private String output() {
        return printed.toString(StandardCharsets.UTF_8);
    }

    /**
     * A python3 that answers the workshop's probe (version, 3.9+, PEP 668) as told and imports no
     * moto. {@code -m venv} goes to this machine's real Python ({@code realVenv}), or makes a stand-in
     * environment in an instant (a directory with bin/ and a pyvenv.cfg).
     */
    private void standInPython(boolean externallyManaged, boolean realVenv) throws IOException {
        String venv =
                realVenv ? "exec REAL \"$@\"" : "mkdir -p \"$4/bin\" && echo 'home = stand-in' > \"$4/pyvenv.cfg\"";
        executable(bin.resolve("python3"), """
        #!/bin/sh
        case "$2" in *version_info*) printf '3.11.2\\nTrue\\n%s\\n' MANAGED; exit 0;; esac
        if [ "$1" = "-c" ]; then exit 1; fi
        VENV
        """.replace("MANAGED", externallyManaged ? "True" : "False")
                .replace("VENV", venv)
                .replace("REAL", String.join(" ", realPython.command())));
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
