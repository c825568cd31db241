package workshop.kit.cli;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import workshop.kit.backends.LocalBackends;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;

/**
 * Compiles a step's code and grades it, for {@code check}, {@code watch} and {@code progress}. The
 * backends (moto, the local Momento server) start in the background while the code compiles, and
 * stay up for every later grading in this JVM.
 */
final class StepGrading {
  private final Workspace workspace;
  private final CompletableFuture<LocalBackends> backends;
  private final Grader grader = new Grader();

  StepGrading(Workspace workspace) {
    this.workspace = workspace;
    this.backends = CompletableFuture.supplyAsync(LocalBackends::shared);
  }

  /** Compiles the step's code in this variant (a CompileFailedException when it does not compile) and grades it. */
  StepResult grade(Step step, CodeVariant variant) {
    CompiledStep code = workspace.build(step, variant);
    backends();
    return grader.grade(code);
  }

  /** The backends, once started; their own exception (e.g. no moto) when they cannot start. */
  LocalBackends backends() {
    try {
      return backends.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof RuntimeException cause) {
        throw cause;
      }
      throw e;
    }
  }
}
