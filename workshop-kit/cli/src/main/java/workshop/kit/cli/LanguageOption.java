package workshop.kit.cli;

import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Option;
import workshop.kit.grader.Guidance;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;

/**
 * {@code --lang en|ja}, for the commands that tell a learner what to do next (check, watch, hint,
 * reset). Without it: {@code WORKSHOP_LANG}, else the computer's language.
 */
final class LanguageOption {
    @Option(
            names = "--lang",
            paramLabel = "LANG",
            description =
                    "en or ja: the language of hints and of where to read next (default: $WORKSHOP_LANG, else your computer's language).")
    String lang;

    Language language() {
        return Language.choose(lang, System.getenv(Language.VARIABLE), Locale.getDefault());
    }

    /** The scorecard's next-step lines in that language, linking the chapters of the workshop at {@code root}. */
    Guidance guidance(Path root) {
        return new Guidance(new Chapters(root, language()));
    }
}
