package workshop.kit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import workshop.kit.code.PristineStarters;
import workshop.kit.code.StarterRecord;
import workshop.kit.maintain.DocsSnippets;
import workshop.kit.maintain.GeneratedPart;
import workshop.kit.maintain.StepLists;

/**
 * {@code ./workshop sync}, for contributors (hidden from learners' help): writes what follows from
 * the sources. From the step manifest, the lists of steps other files hold (the root pom's modules,
 * the docs index of task sections, the classroom workflow's tests); from the code, the snippets the
 * docs show. With {@code --record-starters} it first records the step modules' sources as the
 * starters the workshop ships, after a contributor changed a starter on purpose (never in a
 * learner's clone: it would take the learner's edits for the starters). {@code --check} changes
 * nothing and exits 1 when anything is out of date.
 */
@Command(
        name = "sync",
        hidden = true,
        mixinStandardHelpOptions = true,
        description =
                "For contributors: write what follows from the sources: the lists of steps, the docs' code snippets.")
final class SyncCommand implements Callable<Integer> {
    private final Workspace workspace;

    @Option(names = "--check", description = "Change nothing; exit 1 and say what is out of date.")
    boolean check;

    @Option(
            names = "--record-starters",
            description =
                    "First record the step modules' sources as the shipped starters (after changing a starter on purpose).")
    boolean recordStarters;

    SyncCommand(Workspace workspace) {
        this.workspace = workspace;
    }

    @Override
    public Integer call() {
        List<String> outOfDate = new ArrayList<>();
        if (!StarterRecord.upToDate(workspace.root())) {
            if (recordStarters && !check) {
                StarterRecord.write(workspace.root());
                System.out.println(
                        "Recorded the step modules' sources as the starters in " + PristineStarters.LIST + ".");
            } else {
                outOfDate.add(PristineStarters.LIST
                        + " (the step modules' sources differ from the recorded starters: a learner's edits,"
                        + " or a starter changed on purpose, which ./workshop sync --record-starters records)");
            }
        }
        for (GeneratedPart part : StepLists.of(workspace.steps())) {
            if (!part.upToDate(workspace.root())) {
                if (check) {
                    outOfDate.add(part.file() + " (its list of steps differs from workshop-kit/steps.yaml)");
                } else {
                    part.write(workspace.root());
                    System.out.println("Wrote " + part.file() + " from workshop-kit/steps.yaml.");
                }
            }
        }
        DocsSnippets.Report snippets = DocsSnippets.sync(workspace.root(), !check);
        snippets.outOfDate().forEach(include -> {
            if (check) {
                outOfDate.add(include.where() + " (the snippet differs from its region)");
            } else {
                System.out.println("Re-synced " + include.where() + ".");
            }
        });
        snippets.problems()
                .forEach(include -> System.out.println("Left as it is: " + include.where() + ": " + include.problem()));
        outOfDate.forEach(what -> System.out.println("Out of date: " + what));
        if (!outOfDate.isEmpty() && check) {
            System.out.println("Write them: ./workshop sync");
        }
        System.out.println(snippets.snippets() + " snippet(s) checked.");
        return outOfDate.isEmpty() && snippets.problems().isEmpty() ? 0 : 1;
    }
}
