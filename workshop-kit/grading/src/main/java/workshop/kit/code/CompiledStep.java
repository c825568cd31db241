package workshop.kit.code;

import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import workshop.kit.steps.Step;

/**
 * A step's code, compiled: which step, whose code, where its classes are, and the Lambda handler
 * class its serverless.yml names.
 *
 * @param description whose code it is, in the learner's words: "your code (step-2-read-aside/src/main/java)"
 * @param fingerprint of the sources and classpath it was compiled from: equal fingerprints, equal classes
 */
public record CompiledStep(
        Step step, CodeVariant variant, String description, Path classes, String handlerClass, String fingerprint) {

    /**
     * A class loader for the step's classes alone, over the workshop's own (the account service, the
     * kit, the libraries). Each grading gets a fresh one, so an edited class is never mixed with the
     * version graded before it.
     */
    public URLClassLoader newClassLoader(ClassLoader parent) {
        try {
            return new URLClassLoader(
                    "step-code:" + step.name(), new URL[] {classes.toUri().toURL()}, parent);
        } catch (MalformedURLException e) {
            throw new IllegalStateException(e);
        }
    }
}
