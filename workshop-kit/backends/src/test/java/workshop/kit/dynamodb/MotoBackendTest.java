package workshop.kit.dynamodb;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.ResourceNotFoundException;

/** The default path on this machine: moto found on the PATH, started, used, reset and stopped. */
class MotoBackendTest {

    @Test
    void startsMotoUsesItResetsItAndStopsItsWholeProcessTree() {
        assumeTrue(TestEnv.motoOnThisMachine().isPresent(), "moto is not installed on this machine");

        long startedAt = System.nanoTime();
        RunningDynamoDb dynamo = DynamoDbBackends.start(TestEnv.machineEnvForMoto(), TestEnv.noProperties());
        long startMillis = (System.nanoTime() - startedAt) / 1_000_000;
        List<ProcessHandle> motoProcesses;
        try (dynamo) {
            DynamoDbEndpoint endpoint = dynamo.endpoint();
            System.out.println("Picked: " + endpoint.description() + ", started in " + startMillis + " ms");
            assertThat(endpoint.local()).isTrue();
            assertThat(endpoint.region()).isNotBlank();
            assertThat(endpoint.uri().getHost()).isEqualTo("127.0.0.1");
            assertThat(endpoint.description())
                    .matches("moto.* [0-9]+\\.[0-9]+.* on 127\\.0\\.0\\.1:"
                            + endpoint.uri().getPort() + " \\(started by the workshop\\)");

            motoProcesses = processesListeningOn(endpoint.uri().getPort());
            assertThat(motoProcesses)
                    .as("moto processes for port %s", endpoint.uri().getPort())
                    .isNotEmpty();

            dynamo.createTable("accounts");
            dynamo.createTable("accounts"); // idempotent
            try (DynamoDbClient client = dynamo.newClient()) {
                TestEnv.putItem(client, "accounts", "USER#1", "PROFILE", "Ada");
                assertThat(client.getItem(r -> r.tableName("accounts").key(TestEnv.key("USER#1", "PROFILE")))
                                .item())
                        .containsEntry(
                                "name", software.amazon.awssdk.services.dynamodb.model.AttributeValue.fromS("Ada"));

                long resetAt = System.nanoTime();
                dynamo.reset();
                System.out.println("reset took " + (System.nanoTime() - resetAt) / 1_000_000 + " ms");

                assertThat(client.listTables().tableNames()).isEmpty();
                assertThatThrownBy(() ->
                                client.getItem(r -> r.tableName("accounts").key(TestEnv.key("USER#1", "PROFILE"))))
                        .isInstanceOf(ResourceNotFoundException.class);
                dynamo.createTable("accounts");
                assertThat(client.getItem(r -> r.tableName("accounts").key(TestEnv.key("USER#1", "PROFILE")))
                                .hasItem())
                        .isFalse();
            }
        }
        assertThat(motoProcesses)
                .allSatisfy(process -> assertThat(process.isAlive())
                        .as("pid %s alive", process.pid())
                        .isFalse());
    }

    @Test
    void closingTwiceIsHarmless() {
        assumeTrue(TestEnv.motoOnThisMachine().isPresent(), "moto is not installed on this machine");
        RunningDynamoDb dynamo = DynamoDbBackends.start(TestEnv.machineEnvForMoto(), TestEnv.noProperties());
        long stoppingAt = System.nanoTime();
        dynamo.close();
        System.out.println("close took " + (System.nanoTime() - stoppingAt) / 1_000_000 + " ms");
        dynamo.close();
    }

    @Test
    void aLauncherThatForksPythonIsStoppedTogetherWithItsChild(@TempDir Path bin) throws IOException {
        assumeTrue(TestEnv.motoOnThisMachine().isPresent(), "moto is not installed on this machine");
        // Like a launcher that does not exec: the shell stays the parent and moto runs as its child.
        Path launcher = bin.resolve("moto_server");
        Files.writeString(
                launcher,
                "#!/bin/sh\n\""
                        + TestEnv.motoOnThisMachine().get().serverCommand().get(0) + "\" \"$@\"\n");
        Files.setPosixFilePermissions(launcher, PosixFilePermissions.fromString("rwxr-xr-x"));

        MotoServer server = MotoServer.start(new MotoInstallation(List.of(launcher.toString()), Optional.empty()));
        List<ProcessHandle> tree = Stream.concat(
                        Stream.of(server.process()), server.process().descendants())
                .collect(Collectors.toList());
        assertThat(tree).hasSizeGreaterThan(1);

        long stoppingAt = System.nanoTime();
        server.close();
        System.out.println(
                "closing a launcher and its child took " + (System.nanoTime() - stoppingAt) / 1_000_000 + " ms");

        assertThat(tree)
                .allSatisfy(process -> assertThat(process.isAlive())
                        .as("pid %s alive", process.pid())
                        .isFalse());
    }

    /** Every process whose command line runs moto on this port, and their descendants. */
    static List<ProcessHandle> processesListeningOn(int port) {
        return ProcessHandle.allProcesses()
                .filter(process -> process.info()
                        .commandLine()
                        .map(line -> line.contains("moto") && line.contains("-p " + port))
                        .orElse(false))
                .flatMap(process -> Stream.concat(Stream.of(process), process.descendants()))
                .distinct()
                .collect(Collectors.toList());
    }
}
