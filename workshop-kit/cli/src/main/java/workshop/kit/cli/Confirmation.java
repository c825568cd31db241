package workshop.kit.cli;

import java.io.Console;
import workshop.kit.WorkshopException;

/** Asks before the CLI does something the learner may regret: y/N on the terminal, or --yes. */
final class Confirmation {
    private Confirmation() {}

    /**
     * True when the learner agreed. With no terminal to ask on (a script, a pipe) it refuses unless
     * {@code --yes} was given, rather than guess.
     */
    static boolean confirm(String question, boolean yes, String commandWithYes) {
        if (yes) {
            return true;
        }
        Console console = System.console();
        if (console == null) {
            throw new WorkshopException("No terminal to ask on. To go ahead anyway, run: " + commandWithYes);
        }
        String answer = console.readLine("%s [y/N] ", question);
        return answer != null
                && (answer.trim().equalsIgnoreCase("y") || answer.trim().equalsIgnoreCase("yes"));
    }
}
