package workshop.kit.classroom;

import java.util.Optional;

/**
 * One thing {@code ./workshop prepare} checked: what, whether it is ready, what it found, and, when
 * it is not ready, the command (or action) that fixes it.
 */
record Readiness(String what, boolean ready, String found, Optional<String> fix) {
    static Readiness ready(String what, String found) {
        return new Readiness(what, true, found, Optional.empty());
    }

    static Readiness toFix(String what, String found, String fix) {
        return new Readiness(what, false, found, Optional.of(fix));
    }
}
