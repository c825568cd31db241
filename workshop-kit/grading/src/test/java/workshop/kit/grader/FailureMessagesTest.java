package workshop.kit.grader;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureMessagesTest {
    private final FailureMessages messages = new FailureMessages();

    @Test
    void anAssertionKeepsItsFirstLinesOnly() {
        String described = messages.describe(new AssertionError("1\n2\n3\n4\n5\n6\n7\n8"));
        assertThat(described).isEqualTo("1\n2\n3\n4\n5\n6\n...");
    }

    @Test
    void aWorkshopExceptionIsShownAsItIs() {
        String described = messages.describe(new workshop.kit.WorkshopException(
                "workshop.step2.Handler needs a public constructor taking Settings."));
        assertThat(described).isEqualTo("workshop.step2.Handler needs a public constructor taking Settings.");
    }

    @Test
    void aCrashSaysWhatAndWhereInWorkshopCode() {
        IllegalStateException crash = new IllegalStateException("no table");
        crash.setStackTrace(new StackTraceElement[] {
            new StackTraceElement("software.amazon.Sdk", "call", "Sdk.java", 10),
            new StackTraceElement("workshop.step1.AccountRepository", "getMembership", "AccountRepository.java", 60)
        });
        assertThat(messages.describe(crash))
                .isEqualTo(
                        "crashed with java.lang.IllegalStateException: no table\n  at workshop.step1.AccountRepository.getMembership(AccountRepository.java:60)");
    }
}
