package workshop.kit.steps;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One step of the workshop, as {@code workshop-kit/steps.yaml} describes it.
 *
 * @param name what learners type: {@code step-1}
 * @param module the step's module directory: {@code step-1-no-cache}
 * @param title what the scorecard calls it
 * @param chapter the chapter that teaches it, relative to the repository root
 * @param ttlSeconds the TTL the step caches for; null for a step without a cache
 * @param tasks the learner's work, in order
 * @param keepsWorking the checks of earlier work the step must not break (classes of {@code workshop.kit.checks})
 */
public record Step(
        String name,
        String module,
        String title,
        String chapter,
        Integer ttlSeconds,
        List<Task> tasks,
        List<String> keepsWorking) {

    public Step {
        tasks = List.copyOf(tasks == null ? List.of() : tasks);
        keepsWorking = List.copyOf(keepsWorking == null ? List.of() : keepsWorking);
    }

    /** 1 for step-1. */
    public int number() {
        return Integer.parseInt(name.substring(name.lastIndexOf('-') + 1));
    }

    /** The TTL this step's cache entries must have; empty for a step without a cache. */
    public Optional<Duration> ttl() {
        return Optional.ofNullable(ttlSeconds).map(Duration::ofSeconds);
    }

    /** The task with this number. */
    public Optional<Task> task(int number) {
        return tasks.stream().filter(task -> task.number() == number).findFirst();
    }

    /** Where a task is explained: its chapter and section, e.g. docs/02-step-2-read-aside.md#task-1-... */
    public String docsOf(Task task) {
        return chapter + "#" + task.anchor();
    }

    /** Every class of checks the step runs: its tasks' first, in task order, then what keeps working. */
    public List<String> checkClasses() {
        List<String> classes = new ArrayList<>();
        tasks.forEach(task -> classes.addAll(task.checks()));
        classes.addAll(keepsWorking);
        return classes;
    }

    /** The task a class of checks belongs to in this step; empty for checks of earlier work. */
    public Optional<Task> taskOf(String checkClass) {
        return tasks.stream().filter(task -> task.checks().contains(checkClass)).findFirst();
    }
}
