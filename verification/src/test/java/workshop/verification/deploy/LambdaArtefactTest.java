package workshop.verification.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serverless deploy} ships holds the account service and none of the workshop's
 * tools: no class of {@code workshop.kit}, no AWS SDK interceptor file, and no hook the tools once
 * reached into the app by (see {@link LambdaArtefact}). Here, that the inspection finds each of
 * them. The real jars, every step's, are inspected by {@code PrepareTest} (with -Pinstructor), in
 * the fresh clone where {@code ./workshop prepare --offline} and the deploy chapter's command have
 * just built them offline, as a learner builds them before deploying.
 */
class LambdaArtefactTest {

    /** The inspection finds each kind of tooling, so that an empty list of findings (PrepareTest's) means something. */
    @Test
    void theInspectionFindsEveryKindOfTooling(@TempDir Path directory) throws IOException {
        Path jar = directory.resolve("tooled-lambda.jar");
        try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
            put(out, "workshop/accounts/clients/Clients.class", "...dynamoDbClientsBuilt...adjustCacheClients...");
            put(out, "workshop/accounts/clients/LocalEnvironment.class", "...");
            put(out, "workshop/step1/Handler.class", "...workshop/accounts/clients/Settings...");
            put(out, "workshop/kit/dynamodb/DynamoDbCalls.class", "...");
            put(out, LambdaArtefact.GLOBAL_INTERCEPTORS, "workshop.kit.dynamodb.DynamoDbCalls\n");
            put(out, "software/amazon/awssdk/core/SdkClient.class", "...LocalEnvironment..."); // not the workshop's
        }

        assertThat(LambdaArtefact.toolingIn(jar))
                .containsExactlyInAnyOrder(
                        "workshop/accounts/clients/Clients.class names the hook adjustCacheClients",
                        "workshop/accounts/clients/Clients.class names the hook dynamoDbClientsBuilt",
                        "workshop/accounts/clients/LocalEnvironment.class names the hook LocalEnvironment",
                        "a class of the workshop's kit: workshop/kit/dynamodb/DynamoDbCalls.class",
                        "the AWS SDK's global interceptor file " + LambdaArtefact.GLOBAL_INTERCEPTORS
                                + ": workshop.kit.dynamodb.DynamoDbCalls");
        assertThat(LambdaArtefact.workshopClasses(jar))
                .containsExactly(
                        "workshop/accounts/clients/Clients.class", "workshop/accounts/clients/LocalEnvironment.class",
                        "workshop/kit/dynamodb/DynamoDbCalls.class", "workshop/step1/Handler.class");
    }

    private static void put(JarOutputStream out, String name, String content) throws IOException {
        out.putNextEntry(new JarEntry(name));
        out.write(content.getBytes(StandardCharsets.UTF_8));
        out.closeEntry();
    }
}
