package workshop.verification.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import workshop.kit.code.ServerlessDescriptor;
import workshop.kit.steps.Step;

/**
 * What a step's deployable Lambda jar holds that belongs to the workshop's tools, not to the
 * deployed app: each finding in words, none when the jar is clean.
 *
 * <p>The tools watch the app from outside: DynamoDB calls and clients through the AWS SDK's global
 * interceptor file (which only the kit's jar lists), the Momento client through the configuration
 * the checks pass in a handler's Settings, the backends' variables as system properties. So the
 * jar must hold no class of the kit, no interceptor file, and no trace of the hooks the app once
 * held for the tools.
 *
 * <p>{@link #assertDeployable} inspects the jars a clone built with {@code -Pdeploy}: PrepareTest
 * calls it once {@code ./workshop prepare --offline} and the deploy chapter's command have built
 * them in a fresh clone, so that no other test pays for a third build of every jar.
 */
public final class LambdaArtefact {
    /** The kit's classes: tooling, never deployed. */
    static final String KIT_CLASSES = "workshop/kit/";

    /**
     * The AWS SDK's list of global interceptors. Only the kit ships one: on Lambda it would make
     * every client the app builds load the kit's counter, and fail when it is not there.
     */
    static final String GLOBAL_INTERCEPTORS = "software/amazon/awssdk/global/handlers/execution.interceptors";

    /**
     * Names of the hooks the app held for the tools before the checks used the SDKs' own ways: the
     * tools' stand-in for the environment, the static that changed every Momento client's
     * configuration, the static count of DynamoDB clients. A class of the app that declares or calls
     * one names it in its constant pool.
     */
    static final List<String> HOOK_NAMES = List.of("LocalEnvironment", "adjustCacheClients", "dynamoDbClientsBuilt");

    private LambdaArtefact() {}

    /**
     * The step's Lambda jar in the workspace at {@code root} holds what serverless.yml deploys (the
     * handler it names, the app it extends) and none of the tools.
     */
    public static void assertDeployable(Path root, Step step) throws IOException {
        Path jar = root.resolve(step.module()).resolve("target").resolve(step.module() + "-lambda.jar");
        assertThat(jar).as("the Lambda jar of %s", step.name()).isRegularFile();
        String handler =
                ServerlessDescriptor.handlerClass(root.resolve(step.module()).resolve("serverless.yml"));
        assertThat(workshopClasses(jar))
                .as("the workshop's classes in %s", jar.getFileName())
                .contains(
                        handler.replace('.', '/') + ".class",
                        "workshop/accounts/clients/Clients.class",
                        "workshop/accounts/clients/Settings.class");
        assertThat(toolingIn(jar))
                .as("what of the workshop's tools %s holds", jar.getFileName())
                .isEmpty();
    }

    /** The workshop's own classes in the jar (those under {@code workshop/}), sorted. */
    static List<String> workshopClasses(Path jar) throws IOException {
        List<String> classes = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                if (entry.getName().startsWith("workshop/") && entry.getName().endsWith(".class")) {
                    classes.add(entry.getName());
                }
            }
        }
        Collections.sort(classes);
        return classes;
    }

    /** What in the jar belongs to the tools; empty when nothing does. */
    static List<String> toolingIn(Path jar) throws IOException {
        List<String> findings = new ArrayList<>();
        try (JarFile file = new JarFile(jar.toFile())) {
            for (JarEntry entry : Collections.list(file.entries())) {
                String name = entry.getName();
                if (name.startsWith(KIT_CLASSES)) {
                    findings.add("a class of the workshop's kit: " + name);
                } else if (name.equals(GLOBAL_INTERCEPTORS)) {
                    findings.add("the AWS SDK's global interceptor file " + name + ": " + firstLine(file, entry));
                } else if (name.startsWith("workshop/") && name.endsWith(".class")) {
                    String constants = classFileText(file, entry);
                    for (String hook : HOOK_NAMES) {
                        if (name.contains(hook) || constants.contains(hook)) {
                            findings.add(name + " names the hook " + hook);
                        }
                    }
                }
            }
        }
        return findings;
    }

    /**
     * A class file's bytes as text: the names it declares and uses are in its constant pool as
     * (modified) UTF-8, which for ASCII names are the names' own bytes.
     */
    private static String classFileText(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    private static String firstLine(JarFile file, JarEntry entry) throws IOException {
        try (InputStream in = file.getInputStream(entry)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .findFirst()
                    .orElse("(empty)");
        }
    }
}
