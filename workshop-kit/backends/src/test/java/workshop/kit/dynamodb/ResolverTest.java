package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The resolver's decisions, on machines described by the test rather than by this one. */
class ResolverTest {

    @TempDir
    Path emptyDirectory;

    @Test
    void withoutMotoDockerOrPythonTheMessageNamesThreeWaysInOrder() {
        Map<String, String> env = Map.of("PATH", emptyDirectory.toString());

        assertThatThrownBy(() ->
                        DynamoDbBackends.start(env, new Properties(), ToolboxFor.pathWithoutDocker(emptyDirectory)))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageStartingWith(
                        "No DynamoDB for the checks: moto_server is not installed here (not in .workshop/moto, not on PATH),"
                                + " and no Docker engine answered. No Python 3.9 or newer was found on PATH either.")
                .hasMessageContainingAll(
                        "1. Install Python 3 (https://www.python.org/downloads/, or on macOS: brew install python)",
                        "2. Or, with pipx",
                        "pipx install \"moto[server]==5.2.1\"",
                        "3. Or start Docker",
                        "localstack/localstack:4.14.0",
                        "AWS_ENDPOINT_URL_DYNAMODB")
                .satisfies(e -> assertThat(e.getMessage().indexOf("python.org"))
                        .isLessThan(e.getMessage().indexOf("pipx"))
                        .isLessThan(e.getMessage().indexOf("Docker (Docker Desktop")))
                .message()
                .doesNotContain("pip install");
    }

    @Test
    void withAPythonTheMessageSaysPrepareInstallsTheWorkshopsOwnMoto() {
        Python python = new Python(java.util.List.of("/usr/bin/python3"), "3.11.2", true);

        assertThatThrownBy(() -> DynamoDbBackends.start(Map.of(), new Properties(), ToolboxFor.onlyPython(python)))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContainingAll(
                        "Python 3.11.2 is here (/usr/bin/python3)",
                        "./workshop prepare",
                        "moto[server]==5.2.1 into .workshop/moto")
                .message()
                .doesNotContain("pip install");
    }

    @Test
    void motoIsNotFoundOnAnEmptyPath() {
        assertThat(MotoLocator.find(emptyDirectory.toString())).isEmpty();
        assertThat(MotoLocator.find("")).isEmpty();
    }

    @Test
    void motoServerIsFoundOnThePath(@TempDir Path bin) throws IOException {
        Path fake = executable(bin.resolve("moto_server"), "#!/bin/sh\nexit 0\n");

        assertThat(MotoLocator.find(emptyDirectory + java.io.File.pathSeparator + bin))
                .hasValueSatisfying(moto -> {
                    assertThat(moto.serverCommand()).containsExactly(fake.toString());
                    assertThat(moto.displayName()).isEqualTo("moto_server");
                });
    }

    @Test
    void aMotoThatDiesSaysWhyWithTheEndOfItsLog(@TempDir Path bin) throws IOException {
        Path broken = executable(
                bin.resolve("moto_server"), "#!/bin/sh\necho 'ModuleNotFoundError: No module named flask'\nexit 3\n");
        MotoInstallation moto = new MotoInstallation(java.util.List.of(broken.toString()), java.util.Optional.empty());

        assertThatThrownBy(() -> MotoServer.start(moto))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("moto_server exited (code 3)")
                .hasMessageContaining("No module named flask")
                .hasMessageContaining("Reinstall moto the way you installed it");
    }

    @Test
    void anExplicitEndpointWinsWithoutLookingAtTheMachine() {
        RunningDynamoDb dynamo = DynamoDbBackends.start(
                Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:4566", "WORKSHOP_DYNAMODB", "aws"),
                new Properties(),
                ToolboxFor.failingIfAsked());

        assertThat(dynamo.endpoint().uri()).hasToString("http://127.0.0.1:4566");
        assertThat(dynamo.endpoint().region()).isEqualTo("us-east-1");
        assertThat(dynamo.endpoint().local()).isTrue();
        dynamo.close();
    }

    @Test
    void theSystemPropertyWinsOverTheEnvironment() {
        Properties props = new Properties();
        props.setProperty("workshop.dynamodb.endpoint", "http://localhost:8000");
        RunningDynamoDb dynamo = DynamoDbBackends.start(
                Map.of("AWS_ENDPOINT_URL_DYNAMODB", "http://127.0.0.1:4566", "AWS_REGION", "eu-west-1"),
                props,
                ToolboxFor.failingIfAsked());

        assertThat(dynamo.endpoint().uri()).hasToString("http://localhost:8000");
        assertThat(dynamo.endpoint().region()).isEqualTo("eu-west-1");
        assertThat(dynamo.endpoint().description()).contains("-Dworkshop.dynamodb.endpoint");
        dynamo.close();
    }

    @Test
    void realAwsWhenAskedForAndNeverReset() {
        RunningDynamoDb dynamo = DynamoDbBackends.start(
                Map.of("WORKSHOP_DYNAMODB", "aws", "AWS_REGION", "eu-west-1"),
                new Properties(),
                ToolboxFor.failingIfAsked());

        assertThat(dynamo.endpoint().local()).isFalse();
        assertThat(dynamo.endpoint().uri()).hasToString("https://dynamodb.eu-west-1.amazonaws.com");
        assertThat(dynamo.endpoint().description())
                .isEqualTo("real AWS DynamoDB in eu-west-1 (asked for with WORKSHOP_DYNAMODB=aws)");
        assertThatThrownBy(dynamo::reset)
                .isInstanceOf(UnsupportedOperationException.class)
                .hasMessageContaining("never done on real AWS");
        dynamo.close();
    }

    @Test
    void anExplicitEndpointOnAnAwsHostIsTreatedAsRealAws() {
        RunningDynamoDb dynamo = DynamoDbBackends.start(
                Map.of(
                        "AWS_ENDPOINT_URL_DYNAMODB",
                        "https://dynamodb.eu-west-1.amazonaws.com",
                        "AWS_REGION",
                        "eu-west-1"),
                new Properties(),
                ToolboxFor.failingIfAsked());

        assertThat(dynamo.endpoint().local()).isFalse();
        assertThatThrownBy(dynamo::reset).isInstanceOf(UnsupportedOperationException.class);
        dynamo.close();
    }

    @Test
    void localStackAskedForWithoutDockerSaysSo() {
        Properties props = new Properties();
        props.setProperty("workshop.dynamodb", "localstack");

        assertThatThrownBy(() -> DynamoDbBackends.start(Map.of(), props, ToolboxFor.nothing()))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("-Dworkshop.dynamodb=localstack")
                .hasMessageContaining("Docker is not available");
    }

    @Test
    void motoAskedForButMissingSaysHowToInstallIt() {
        assertThatThrownBy(() -> DynamoDbBackends.start(
                        Map.of("WORKSHOP_DYNAMODB", "moto"), new Properties(), ToolboxFor.nothing()))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContainingAll(
                        "moto was asked for (WORKSHOP_DYNAMODB=moto) but is not installed.",
                        "pipx install \"moto[server]==5.2.1\"");
    }

    @Test
    void anUnknownChoiceIsRefused() {
        assertThatThrownBy(() -> DynamoDbBackends.start(
                        Map.of("WORKSHOP_DYNAMODB", "dynalite"), new Properties(), ToolboxFor.nothing()))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("Unknown DynamoDB backend 'dynalite'");
    }

    @Test
    void aMalformedEndpointIsRefused() {
        assertThatThrownBy(() -> DynamoDbBackends.start(
                        Map.of("AWS_ENDPOINT_URL_DYNAMODB", "localhost:4566"),
                        new Properties(),
                        ToolboxFor.failingIfAsked()))
                .isInstanceOf(BackendUnavailableException.class)
                .hasMessageContaining("AWS_ENDPOINT_URL_DYNAMODB is not a URL");
    }

    private static Path executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
        return file;
    }
}
