package workshop.verification.mistakes;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompileFailedException;
import workshop.kit.code.CompiledStep;
import workshop.kit.code.SourceFile;
import workshop.kit.steps.Step;
import workshop.verification.PristineSteps;

/**
 * Builds a mistake: the step's reference solution (its untouched starter with solutions/ laid
 * over it, as the instructor's proof grades it) with the one change applied, compiled in this JVM
 * by the same compiler {@code ./workshop check} uses, into verification/target/fork-N/mistakes/&lt;id&gt;/.
 */
final class MistakeBuilds {
    private static final Path OUTPUT = PristineSteps.BUILD_DIRECTORY.resolve("mistakes");

    CompiledStep build(Mistake mistake) {
        Step step = PristineSteps.step(mistake.step());
        List<SourceFile> files = new ArrayList<>();
        boolean changed = false;
        for (SourceFile file : PristineSteps.sources(step, CodeVariant.SOLUTION)) {
            if (file.packagePath().toString().replace('\\', '/').equals(mistake.file())) {
                String text;
                try {
                    text = OneChange.apply(file.text(), mistake.from(), mistake.to());
                } catch (IllegalArgumentException e) {
                    throw new IllegalArgumentException(
                            mistake.id() + ": in " + mistake.file() + ", " + e.getMessage(), e);
                }
                files.add(new SourceFile(
                        file.packagePath(),
                        file.shownAs() + " (" + mistake.id() + ")",
                        text.getBytes(StandardCharsets.UTF_8)));
                changed = true;
            } else {
                files.add(file);
            }
        }
        if (!changed) {
            throw new IllegalArgumentException(mistake.id() + ": " + mistake.step() + " has no file " + mistake.file());
        }
        try {
            return PristineSteps.compiled(
                    step, CodeVariant.SOLUTION, "mistake " + mistake.id(), files, OUTPUT.resolve(mistake.id()));
        } catch (CompileFailedException e) {
            throw new IllegalArgumentException(
                    mistake.id() + " does not compile:\n" + String.join("\n", e.errors()), e);
        }
    }
}
