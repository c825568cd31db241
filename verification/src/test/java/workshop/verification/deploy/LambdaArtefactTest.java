package workshop.verification.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfSystemProperty;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;
import workshop.kit.code.ServerlessDescriptor;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;
import workshop.verification.learner.WorkshopClone;
import workshop.verification.robustness.Figures;

/**
 * What {@code serverless deploy} ships holds the account service and none of the workshop's
 * tools: every step's Lambda jar, built in a fresh clone with the deploy chapter's command
 * ({@code -Pdeploy}, maven-shade), has no class of {@code workshop.kit}, no AWS SDK interceptor
 * file, and no hook the tools once reached into the app by (see {@link LambdaArtefact}).
 */
class LambdaArtefactTest {

    @Test
    @EnabledIfSystemProperty(
            named = "workshop.instructor",
            matches = "true",
            disabledReason = "builds every step's Lambda jar in a clone: runs with -Pinstructor")
    @DisabledIfSystemProperty(
            named = "workshop.nested",
            matches = "true",
            disabledReason = "already inside a learner-clone build")
    void everyStepsLambdaJarHoldsTheAppAndNoneOfTheTools() throws Exception {
        List<Step> steps = PristineSteps.steps().all();
        List<String> modules = steps.stream().map(Step::module).toList();
        try (WorkshopClone clone = WorkshopClone.create()) {
            long started = System.nanoTime();
            WorkshopClone.Outcome build = clone.run(
                    Map.of(),
                    900,
                    "./mvnw",
                    "-B",
                    "-ntp",
                    "-q",
                    "-Pdeploy",
                    "-DskipTests",
                    "-pl",
                    String.join(",", modules),
                    "-am",
                    "package");
            long buildSeconds = (System.nanoTime() - started) / 1_000_000_000;
            assertThat(build.exitCode())
                    .as("the deploy chapter's jar build of %s:%n%s", modules, build.output())
                    .isZero();

            for (Step step : steps) {
                Path jar = clone.root().resolve(step.module()).resolve("target").resolve(step.module() + "-lambda.jar");
                assertThat(jar).as("the Lambda jar of %s", step.name()).isRegularFile();
                // What is deployed is there: the handler serverless.yml names, and the app it extends.
                String handler = ServerlessDescriptor.handlerClass(
                        clone.root().resolve(step.module()).resolve("serverless.yml"));
                assertThat(LambdaArtefact.workshopClasses(jar))
                        .as("the workshop's classes in %s", jar.getFileName())
                        .contains(
                                handler.replace('.', '/') + ".class",
                                "workshop/accounts/clients/Clients.class",
                                "workshop/accounts/clients/Settings.class");
                assertThat(LambdaArtefact.toolingIn(jar))
                        .as("what of the workshop's tools %s holds", jar.getFileName())
                        .isEmpty();
            }
            Figures.of("deploy.lambda.jars")
                    .put("steps", steps.size())
                    .put("build_s", buildSeconds)
                    .print();
        }
    }

    /** The inspection finds each kind of tooling, so an empty list of findings above means something. */
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
