package workshop.kit.steptests;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import workshop.kit.WorkshopException;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.ServerlessDescriptor;
import workshop.kit.code.StepBuilder;
import workshop.kit.steps.Step;

/**
 * A step's code as the test's own build (Maven, or an IDE) compiled it: the Lambda handler class
 * its serverless.yml names, found by that name on the test's class path, and the class directory
 * (or jar) it was compiled into.
 */
final class BuildsClasses {
    private BuildsClasses() {}

    static CompiledStep of(Path root, Step step) {
        String handler =
                ServerlessDescriptor.handlerClass(root.resolve(step.module()).resolve("serverless.yml"));
        URL classFile =
                Thread.currentThread().getContextClassLoader().getResource(handler.replace('.', '/') + ".class");
        if (classFile == null) {
            throw new WorkshopException("There is no class " + handler + " on this test's class path, and "
                    + step.module() + "/serverless.yml names it as the Lambda handler. Did it move, or is "
                    + step.module() + " not compiled?");
        }
        return new CompiledStep(
                step,
                CodeVariant.LEARNER,
                StepBuilder.describe(step, CodeVariant.LEARNER),
                classesRoot(classFile, handler),
                handler,
                "");
    }

    /** The directory, or jar, that a class file was loaded from. */
    private static Path classesRoot(URL classFile, String className) {
        try {
            if ("jar".equals(classFile.getProtocol())) {
                String jar =
                        classFile.getPath().substring(0, classFile.getPath().indexOf("!/"));
                return Path.of(URI.create(jar));
            }
            Path directory = Path.of(classFile.toURI());
            for (int level = 0; level < className.split("\\.").length; level++) {
                directory = directory.getParent();
            }
            return directory;
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where " + className + " was loaded from: " + classFile, e);
        }
    }
}
