package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The workshop's own moto in {@code .workshop/moto} is found, and found first, before a moto on
 * the PATH. The environment here is a stand-in (making a real one needs the Python package index):
 * its {@code moto_server} is a script that runs the real one from this machine's PATH, so the moto
 * it starts is real and answers DynamoDB calls.
 */
class PrivateMotoTest {
    @TempDir
    Path workshop;

    @TempDir
    Path emptyDirectory;

    @Test
    void nothingInstalledIsNotFound() {
        assertThat(new PrivateMoto(workshop).installation()).isEmpty();
        assertThat(MotoLocator.find(new PrivateMoto(workshop), emptyDirectory.toString()))
                .isEmpty();
    }

    @Test
    void theWorkshopsOwnMotoIsFoundFirstAndRuns() throws IOException {
        Optional<MotoInstallation> onPath = TestEnv.motoOnThisMachine();
        assumeTrue(onPath.isPresent(), "moto is not installed on this machine");
        Path realServer = Path.of(onPath.get().serverCommand().get(0));
        PrivateMoto privateMoto = new PrivateMoto(workshop);
        Path bin = Files.createDirectories(workshop.resolve(".workshop/moto/bin"));
        executable(bin.resolve("moto_server"), "#!/bin/sh\nexec \"" + realServer + "\" \"$@\"\n");

        String path = realServer.getParent().toString();
        Optional<MotoInstallation> found = MotoLocator.find(privateMoto, path);
        assertThat(found)
                .as("found in .workshop/moto although moto_server is on the PATH too")
                .hasValueSatisfying(moto -> assertThat(moto.serverCommand())
                        .containsExactly(bin.resolve("moto_server").toString()));

        Toolbox machine = new Toolbox(() -> MotoLocator.find(privateMoto, path), () -> false, Optional::empty);
        try (RunningDynamoDb dynamo =
                DynamoDbBackends.start(TestEnv.machineEnvForMoto(), TestEnv.noProperties(), machine)) {
            System.out.println("Picked: " + dynamo.endpoint().description());
            dynamo.createTable("accounts");
            try (DynamoDbClient client = dynamo.newClient()) {
                assertThat(client.listTables().tableNames()).containsExactly("accounts");
            }
        }
    }

    @Test
    void aMotoServerThatIsNotExecutableIsNotAnInstallation() throws IOException {
        Path bin = Files.createDirectories(workshop.resolve(".workshop/moto/bin"));
        Files.writeString(bin.resolve("moto_server"), "half written by a pip that was stopped");
        assertThat(new PrivateMoto(workshop).installation()).isEmpty();
        assertThat(new PrivateMoto(workshop).holds(bin.resolve("moto_server").toString()))
                .isTrue();
        assertThat(new PrivateMoto(workshop)
                        .holds(List.of("/usr/local/bin/moto_server").get(0)))
                .isFalse();
    }

    private static void executable(Path file, String script) throws IOException {
        Files.writeString(file, script);
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rwxr-xr-x"));
    }
}
