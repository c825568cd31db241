package workshop.kit.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

/** {@code ./workshop compare}: reserved for the load runner's comparison of the steps; not built yet. */
@Command(name = "compare", description = "Compare the steps under load (not built yet).")
final class CompareCommand implements Callable<Integer> {
  @Override
  public Integer call() {
    System.err.println("compare is not built yet.");
    return 2;
  }
}
