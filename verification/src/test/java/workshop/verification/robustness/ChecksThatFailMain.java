package workshop.verification.robustness;

import workshop.kit.backends.LocalBackends;

/**
 * A JVM that does what a failing check run does to the backends: starts the shared ones (moto
 * included), prints the pids of its children, then ends badly: {@code exit} with System.exit(1) as
 * the grader does when checks fail, {@code throw} with an uncaught exception.
 */
public final class ChecksThatFailMain {
    public static void main(String[] args) {
        LocalBackends backends = LocalBackends.shared();
        backends.dynamoDb().createTable("accounts");
        ProcessHandle.current().descendants().forEach(p -> System.out.println("CHILD " + p.pid()));
        System.out.println("READY");
        if (args.length > 0 && args[0].equals("throw")) {
            throw new IllegalStateException("a check failed");
        }
        System.exit(1);
    }
}
