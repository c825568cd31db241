package workshop.kit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import workshop.kit.Timings;
import workshop.kit.WorkshopException;
import workshop.kit.backends.LocalBackends;
import workshop.kit.code.CodeVariant;
import workshop.kit.code.CompiledStep;
import workshop.kit.grader.Grader;
import workshop.kit.grader.StepReport;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;
import workshop.kit.tools.ToolsBuild;

/**
 * Compiles a learner's step and grades it, for {@code check}, {@code watch} and {@code progress},
 * and remembers each grading (see {@link LearnerRecords}). The backends (moto, the local Momento
 * server) start in the background on first need, while the code compiles, and stay up for every
 * later grading in this JVM.
 */
final class StepGrading {
    private final Workspace workspace;
    private final LearnerRecords records;
    private final Grader grader = new Grader();
    private final String toolsFingerprint;
    private CompletableFuture<LocalBackends> backends;
    private boolean keepingMotoWarm;

    StepGrading(Workspace workspace) {
        this.workspace = workspace;
        this.records = new LearnerRecords(workspace.root());
        this.toolsFingerprint = new ToolsBuild(workspace.root()).fingerprint() + manifestFingerprint(workspace);
    }

    /**
     * For the commands a learner runs again and again ({@code check}, {@code progress}): moto, when it
     * is what this machine has, is the one kept running between commands in {@code .workshop/warm-moto/},
     * which stops by itself after {@link #warmIdle()} without a command. Call before the backends start.
     */
    StepGrading keepingMotoWarm() {
        keepingMotoWarm = !warmIdle().isZero();
        return this;
    }

    /**
     * How long a warm moto waits for the next command: {@value #WARM_IDLE_DEFAULT} s, or what
     * {@code -Dworkshop.warm.seconds} or {@code WORKSHOP_WARM_SECONDS} say (0: moto per command).
     */
    static Duration warmIdle() {
        String setting = System.getProperty(WARM_PROPERTY, System.getenv().getOrDefault(WARM_VARIABLE, ""));
        try {
            return setting.isBlank()
                    ? Duration.ofSeconds(WARM_IDLE_DEFAULT)
                    : Duration.ofSeconds(Math.max(0, Long.parseLong(setting.strip())));
        } catch (NumberFormatException e) {
            throw new WorkshopException(WARM_VARIABLE + " (or -D" + WARM_PROPERTY
                    + ") is a number of seconds, 0 to start moto for every command; it was '" + setting + "'.");
        }
    }

    static final String WARM_PROPERTY = "workshop.warm.seconds";
    static final String WARM_VARIABLE = "WORKSHOP_WARM_SECONDS";
    private static final long WARM_IDLE_DEFAULT = 300;

    /** Starts the backends now, in the background, when the caller knows it will grade. */
    StepGrading startingBackends() {
        backendsStarting();
        return this;
    }

    /** Compiles the learner's code of the step (a CompileFailedException when it does not compile) and grades it. */
    StepResult grade(Step step) {
        backendsStarting();
        CompiledStep code = Timings.time(
                "compile " + step.name() + " (or find it compiled)", () -> workspace.build(step, CodeVariant.LEARNER));
        Timings.time("wait for the backends", this::backends);
        StepResult result = Timings.time("grade " + step.name(), () -> grader.grade(code));
        records.saveGrading(step, new LearnerRecords.SavedGrading(key(code), report(result)));
        return result;
    }

    /**
     * Grades one task's checks only ({@code check --task}). Not remembered: it is not the step's
     * grading, and {@code progress} must not take it for one.
     */
    StepResult gradeTask(Step step, Task task) {
        backendsStarting();
        CompiledStep code = workspace.build(step, CodeVariant.LEARNER);
        backends();
        return grader.grade(code, task.checks());
    }

    /** Hint tiers the learner has asked for in this step. */
    int hintsSeen(Step step) {
        return records.hintsSeen(step);
    }

    /** The last grading of the step, if the code, the checks and the tools are all as they were then. */
    Optional<StepReport> unchangedGrading(Step step) {
        CompiledStep code = Timings.time(
                "compile " + step.name() + " (or find it compiled)", () -> workspace.build(step, CodeVariant.LEARNER));
        return records.lastGrading(step)
                .filter(saved -> saved.fingerprint().equals(key(code)))
                .map(LearnerRecords.SavedGrading::report);
    }

    StepReport report(StepResult result) {
        return StepReport.of(result, workspace.steps(), records.hintsSeen(result.step()));
    }

    /** The backends, once started; their own exception (e.g. no moto) when they cannot start. */
    LocalBackends backends() {
        try {
            return backendsStarting().join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            throw e;
        }
    }

    private synchronized CompletableFuture<LocalBackends> backendsStarting() {
        if (backends == null) {
            // Asked here, on the command's own thread, before anything starts: moto may need installing first.
            MotoSetup.onThisMachine(workspace).beforeBackends();
            Path warm = workspace.root().resolve(".workshop").resolve("warm-moto");
            Duration idle = keepingMotoWarm ? warmIdle() : Duration.ZERO;
            backends = CompletableFuture.supplyAsync(() -> Timings.time(
                    "backends start (in the background)",
                    () -> keepingMotoWarm ? LocalBackends.sharedKeepingMotoWarm(warm, idle) : LocalBackends.shared()));
        }
        return backends;
    }

    private String key(CompiledStep code) {
        return code.fingerprint() + "/" + toolsFingerprint;
    }

    private static String manifestFingerprint(Workspace workspace) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(sha.digest(Files.readAllBytes(workspace.root().resolve(Steps.MANIFEST))));
        } catch (NoSuchAlgorithmException | java.io.IOException e) {
            return "";
        }
    }
}
