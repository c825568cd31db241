package workshop.kit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import workshop.kit.WorkshopException;
import workshop.kit.code.PristineStarters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;

/**
 * {@code ./workshop reset step-N}: puts the starter back in the learner's files of a step, as the
 * workshop ships it (read from git by its recorded id, so work the learner committed does not come
 * back). A copy of the files as they were is kept first, and the command says where.
 */
@Command(
        name = "reset",
        mixinStandardHelpOptions = true,
        description = "Replace your files of a step with the starter (a copy of yours is kept in .workshop/backups/).")
final class ResetCommand implements Callable<Integer> {
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss");

    private final Workspace workspace;

    @Parameters(paramLabel = "step-N", description = "The step to reset: step-1, step-2, ...")
    String stepName;

    @Option(names = "--yes", description = "Do not ask.")
    boolean yes;

    @Mixin
    LanguageOption language = new LanguageOption();

    ResetCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() throws IOException {
        Language lang = language.language();
        Step step = workspace.steps().named(stepName);
        List<Path> files = workspace.learnerFiles(step);
        PristineStarters starters = workspace.pristineStarters();
        for (Path file : files) {
            if (starters.content(file).isEmpty()) {
                throw new WorkshopException("Cannot read the starter of " + file
                        + " (is this a git clone of the workshop?). Nothing was changed.");
            }
        }
        System.out.println(
                switch (lang) {
                    case ENGLISH -> "Your files of " + step.name() + ":";
                    case JAPANESE -> step.name() + " のあなたのファイル:";
                });
        files.forEach(file -> System.out.println("  " + file));
        String question = switch (lang) {
            case ENGLISH -> "Replace them with the starter? (A copy of yours is kept.)";
            case JAPANESE -> "スターターに置き換えますか？（今のファイルのコピーは残ります）";
        };
        if (!Confirmation.confirm(question, yes, "./workshop reset " + step.name() + " --yes")) {
            System.out.println(
                    switch (lang) {
                        case ENGLISH -> "Nothing changed.";
                        case JAPANESE -> "何も変更していません。";
                    });
            return 1;
        }
        Path backup = workspace
                .root()
                .resolve(".workshop")
                .resolve("backups")
                .resolve(step.name() + "-" + LocalDateTime.now().format(STAMP));
        for (Path file : files) {
            Path current = workspace.root().resolve(file);
            if (Files.exists(current)) {
                Path copy = backup.resolve(file);
                Files.createDirectories(copy.getParent());
                Files.copy(current, copy, StandardCopyOption.COPY_ATTRIBUTES);
            }
        }
        for (Path file : files) {
            Path target = workspace.root().resolve(file);
            Files.createDirectories(target.getParent());
            Files.write(target, starters.content(file).orElseThrow());
        }
        if (Files.isDirectory(backup)) {
            Path kept = workspace.root().relativize(backup);
            System.out.println(
                    switch (lang) {
                        case ENGLISH -> "Your files as they were are in " + kept + "/";
                        case JAPANESE -> "置き換える前のファイルは " + kept + "/ にあります。";
                    });
        }
        System.out.println(
                switch (lang) {
                    case ENGLISH ->
                        "Restored the starter of " + step.name() + ". Next: ./workshop check " + step.name();
                    case JAPANESE -> step.name() + " をスターターに戻しました。次: ./workshop check " + step.name();
                });
        return 0;
    }
}
