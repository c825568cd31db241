package workshop.kit.steptests;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestEngine;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.ClasspathRootSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.PackageSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import workshop.kit.backends.LocalBackends;
import workshop.kit.grader.CheckGrade;
import workshop.kit.grader.Grader;
import workshop.kit.grader.Guidance;
import workshop.kit.grader.PlannedCheck;
import workshop.kit.grader.Scorecard;
import workshop.kit.grader.StepGrade;
import workshop.kit.grader.StepReport;
import workshop.kit.grader.StepResult;
import workshop.kit.steps.Chapters;
import workshop.kit.steps.Language;
import workshop.kit.steps.Step;
import workshop.kit.steps.Steps;
import workshop.kit.steps.Task;

/**
 * The test engine behind each step module's tests. A step module's test class, marked
 * {@link ChecksOfStep @ChecksOfStep("step-2")}, stands for that step's checks: this engine shows
 * them as a tree that reads like the scorecard (the step, one container per task, one test per
 * check, each named by the check's display name) and, when the tests run, grades the module's code
 * through the one {@link Grader}, exactly as {@code ./workshop check} does, and reports each check's
 * verdict on its test.
 *
 * <p>The JUnit Platform finds the engine on a step module's test class path (it is registered in
 * {@code META-INF/services}), so IDEs and Maven's Surefire run it like any other. The test class
 * never names the learner's classes: the grader loads the Lambda handler by the name serverless.yml
 * gives, as Lambda does, so the test compiles whatever state the learner's code is in.
 *
 * <p>The same tree, built from results graded earlier ({@link #replaying}), is how {@code ./workshop
 * check --junit} writes its JUnit XML: one tree, one set of names, one writer.
 */
public final class StepChecksEngine implements TestEngine {
    public static final String ID = "workshop-step-checks";
    private static final String GROUP = "group";
    private static final String CHECK = "check";

    /** Gradings made earlier, by step name, to report instead of grading; null when this engine grades. */
    private final Map<String, StepGrade> graded;

    /** The engine the JUnit Platform loads: it grades each step's code when its tests run. */
    public StepChecksEngine() {
        this.graded = null;
    }

    private StepChecksEngine(List<StepGrade> grades) {
        Map<String, StepGrade> byStep = new LinkedHashMap<>();
        grades.forEach(grade -> byStep.put(grade.step(), grade));
        this.graded = byStep;
    }

    /** An engine that reports gradings made earlier instead of grading: to write them in JUnit's XML. */
    public static StepChecksEngine replaying(List<StepGrade> grades) {
        return new StepChecksEngine(grades);
    }

    @Override
    public String getId() {
        return ID;
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId engineId) {
        EngineDescriptor engine = new EngineDescriptor(engineId, engineName());
        if (graded != null) {
            graded.values().forEach(grade -> engine.addChild(replayedStep(engineId, grade)));
            return engine;
        }
        for (Class<?> testClass : selectedTestClasses(request)) {
            String stepName = stepOf(testClass).orElseThrow();
            Step step = Steps.load(Steps.repositoryRoot()).named(stepName);
            StepNode node = new StepNode(
                    engineId.append("class", testClass.getName()),
                    step.name(),
                    StepNode.title(step.number(), step.title()),
                    ClassSource.from(testClass));
            List<Entry> planned = new ArrayList<>();
            for (PlannedCheck check : new Grader().plan(step)) {
                planned.add(new Entry(
                        check.checkClass(),
                        check.method(),
                        check.name(),
                        check.task().map(Task::heading)));
            }
            addGroups(node, step.tasks().stream().map(Task::heading).toList(), planned);
            engine.addChild(node);
        }
        return engine;
    }

    /** What reports call the whole run: the step, when it reports one step graded earlier. */
    private String engineName() {
        if (graded != null && graded.size() == 1) {
            StepGrade only = graded.values().iterator().next();
            return StepNode.title(stepNumber(only.step()), only.title());
        }
        return "Workshop step checks";
    }

    private static int stepNumber(String stepName) {
        return Integer.parseInt(stepName.substring(stepName.lastIndexOf('-') + 1));
    }

    @Override
    public void execute(ExecutionRequest request) {
        EngineExecutionListener listener = request.getEngineExecutionListener();
        TestDescriptor engine = request.getRootTestDescriptor();
        listener.executionStarted(engine);
        for (TestDescriptor child : engine.getChildren()) {
            StepNode.of(child).ifPresent(step -> report(step, listener));
        }
        listener.executionFinished(engine, TestExecutionResult.successful());
    }

    /** Grades the step (or takes its earlier grading) and reports every check's verdict on its test. */
    private void report(StepNode step, EngineExecutionListener listener) {
        listener.executionStarted(step);
        StepGrade grade;
        try {
            grade = graded != null ? graded.get(step.stepName()) : gradeTheBuildsClasses(step.stepName());
        } catch (RuntimeException e) {
            // Say what stopped the grading (no moto, say, and how to get it); no check has a verdict.
            listener.executionFinished(
                    step, TestExecutionResult.failed(new CheckFailed(String.valueOf(e.getMessage()))));
            return;
        }
        for (TestDescriptor group : step.getChildren()) {
            listener.executionStarted(group);
            for (TestDescriptor test : group.getChildren()) {
                listener.executionStarted(test);
                listener.executionFinished(test, verdictOf((CheckNode) test, grade));
            }
            listener.executionFinished(group, TestExecutionResult.successful());
        }
        listener.executionFinished(step, TestExecutionResult.successful());
    }

    private static TestExecutionResult verdictOf(CheckNode test, StepGrade grade) {
        if (grade.compileErrors() != null) {
            return TestExecutionResult.failed(
                    new CheckCrashed(grade.checked() + " does not compile:\n" + grade.compileErrors()));
        }
        return grade.checks().stream()
                .filter(check -> check.checkClass().equals(test.checkClass())
                        && check.name().equals(test.getDisplayName()))
                .findFirst()
                .map(Verdict::of)
                .orElseGet(() -> Verdict.notRun(test.getDisplayName()));
    }

    /**
     * Grades the step's code as the build compiled it, exactly as {@code ./workshop check} grades it,
     * and prints what check prints beside its scorecard: the backends, the first check to fix.
     */
    private static StepGrade gradeTheBuildsClasses(String stepName) {
        Path root = Steps.repositoryRoot();
        Steps steps = Steps.load(root);
        Step step = steps.named(stepName);
        StepResult result = new Grader().grade(BuildsClasses.of(root, step));
        System.out.println("The checks used these backends:");
        LocalBackends.shared().describe().lines().forEach(line -> System.out.println("  " + line));
        // In the learner's language, as ./workshop check speaks: where to read and what to run next.
        Scorecard scorecard = new Scorecard(steps, new Guidance(new Chapters(root, Language.ofThisComputer())));
        scorecard.printCompact(result, System.out);
        keepOutput(root, step, result);
        return StepGrade.of(step, StepReport.of(result, scorecard, 0));
    }

    /** The service's output, off the test report, where {@code ./workshop check} keeps it too. */
    private static void keepOutput(Path root, Step step, StepResult result) {
        if (result.output().isBlank()) {
            return;
        }
        Path log = root.resolve(step.module()).resolve("target").resolve("workshop-check-output.log");
        try {
            Files.createDirectories(log.getParent());
            Files.writeString(log, result.output());
            System.out.println("(What the service printed while the checks ran: " + root.relativize(log) + ")");
        } catch (IOException e) {
            System.out.println("(Could not keep what the service printed in " + log + ": " + e.getMessage() + ")");
        }
    }

    /**
     * A check in the tree, before or after it ran.
     *
     * @param id what tells it from the step's other checks: its method, or its place in a grading
     * @param group the heading of its task's group; empty for a check of earlier work
     */
    private record Entry(String checkClass, String id, String name, Optional<String> group) {}

    /** One group per task, in the step's order (empty ones left out), then the checks of earlier work. */
    private static void addGroups(StepNode node, List<String> taskHeadings, List<Entry> entries) {
        Map<String, List<Entry>> groups = new LinkedHashMap<>();
        taskHeadings.forEach(heading -> groups.put(heading, new ArrayList<>()));
        for (Entry entry : entries) {
            groups.computeIfAbsent(entry.group().orElse(Scorecard.KEEPS_WORKING), heading -> new ArrayList<>())
                    .add(entry);
        }
        int number = 0;
        for (Map.Entry<String, List<Entry>> group : groups.entrySet()) {
            if (group.getValue().isEmpty()) {
                continue;
            }
            GroupNode groupNode =
                    new GroupNode(node.getUniqueId().append(GROUP, Integer.toString(++number)), group.getKey());
            for (Entry entry : group.getValue()) {
                groupNode.addChild(new CheckNode(
                        groupNode.getUniqueId().append(CHECK, entry.checkClass() + "#" + entry.id()),
                        entry.checkClass(),
                        entry.name()));
            }
            node.addChild(groupNode);
        }
    }

    /** A step graded earlier, as the tree its tests would have been; a step that did not compile is one failed test. */
    private static StepNode replayedStep(UniqueId engineId, StepGrade grade) {
        StepNode node = new StepNode(
                engineId.append("step", grade.step()),
                grade.step(),
                StepNode.title(stepNumber(grade.step()), grade.title()),
                null);
        if (grade.compileErrors() != null) {
            GroupNode group = new GroupNode(node.getUniqueId().append(GROUP, "compile"), "Compiling " + grade.module());
            group.addChild(
                    new CheckNode(group.getUniqueId().append(CHECK, "compiles"), "", grade.module() + " compiles"));
            node.addChild(group);
            return node;
        }
        List<Entry> entries = new ArrayList<>();
        for (CheckGrade check : grade.checks()) {
            Optional<String> group =
                    Optional.ofNullable(check.task()).map(task -> Task.heading(task, check.taskTitle(), check.bonus()));
            entries.add(new Entry(check.checkClass(), Integer.toString(entries.size() + 1), check.name(), group));
        }
        addGroups(node, List.of(), entries);
        return node;
    }

    /** The step a test class stands for: its own {@link ChecksOfStep}, or its method's. */
    private static Optional<String> stepOf(Class<?> testClass) {
        return AnnotationSupport.findAnnotation(testClass, ChecksOfStep.class)
                .or(() ->
                        AnnotationSupport.findAnnotatedMethods(
                                        testClass, ChecksOfStep.class, HierarchyTraversalMode.TOP_DOWN)
                                .stream()
                                .findFirst()
                                .flatMap(method -> AnnotationSupport.findAnnotation(method, ChecksOfStep.class)))
                .map(ChecksOfStep::value);
    }

    /**
     * The test classes marked {@link ChecksOfStep} that the request selects: by class, by method (an
     * IDE running the marked method), by package, by class path root, or by a unique id of this
     * engine's (an IDE re-running one check re-runs its whole step: one grading gives every verdict).
     */
    private static List<Class<?>> selectedTestClasses(EngineDiscoveryRequest request) {
        Predicate<Class<?>> marked = type -> stepOf(type).isPresent();
        List<Class<?>> classes = new ArrayList<>();
        request.getSelectorsByType(ClassSelector.class).stream()
                .map(ClassSelector::getJavaClass)
                .filter(marked)
                .forEach(classes::add);
        request.getSelectorsByType(MethodSelector.class).stream()
                .filter(selector -> AnnotationSupport.isAnnotated(selector.getJavaMethod(), ChecksOfStep.class))
                .map(MethodSelector::getJavaClass)
                .forEach(classes::add);
        for (PackageSelector selector : request.getSelectorsByType(PackageSelector.class)) {
            classes.addAll(ReflectionSupport.findAllClassesInPackage(selector.getPackageName(), marked, name -> true));
        }
        for (ClasspathRootSelector selector : request.getSelectorsByType(ClasspathRootSelector.class)) {
            classes.addAll(
                    ReflectionSupport.findAllClassesInClasspathRoot(selector.getClasspathRoot(), marked, name -> true));
        }
        for (UniqueIdSelector selector : request.getSelectorsByType(UniqueIdSelector.class)) {
            classOf(selector.getUniqueId()).filter(marked).ifPresent(classes::add);
        }
        return classes.stream().distinct().toList();
    }

    /** The test class a unique id of this engine's names. */
    private static Optional<Class<?>> classOf(UniqueId id) {
        return id.getSegments().stream()
                .filter(segment -> segment.getType().equals("class"))
                .findFirst()
                .flatMap(segment ->
                        ReflectionSupport.tryToLoadClass(segment.getValue()).toOptional());
    }
}
