package workshop.kit.compare.run;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import workshop.kit.compare.workload.WorkloadSettings;

class HeapBudgetTest {
    private static WorkloadSettings settings(int users, long requests, int clients) {
        return new WorkloadSettings(users, 10, 4, 0.1, 1.1, requests, 0.5, 0.1, clients, 42);
    }

    @Test
    void aMillionRequestsInOrderFitA256MegabyteHeap() {
        assertThat(HeapBudget.check(settings(100, 1_000_000, 1), 256L << 20)).isEmpty();
    }

    @Test
    void tooManyRequestsForTheHeapNameTheFlagAndWhatToDo() {
        assertThat(HeapBudget.check(settings(100, 1_000_000, 4), 256L << 20))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("--requests 1000000 needs about")
                        .contains("this JVM has 256 MB")
                        .contains("--clients 1")
                        .doesNotContain("\n"));
        assertThat(HeapBudget.check(settings(100, 2_000_000_000L, 1), 4L << 30))
                .hasValueSatisfying(message ->
                        assertThat(message).startsWith("--requests 2000000000").contains("-Xmx"));
    }

    @Test
    void aHeapTooSmallForAnyRunSaysSo() {
        assertThat(HeapBudget.check(settings(100, 1000, 1), 32L << 20))
                .hasValueSatisfying(message -> assertThat(message)
                        .startsWith("./workshop compare needs at least 64 MB of heap; this JVM has 32 MB"));
    }

    @Test
    void tooManyUsersNameTheUsers() {
        assertThat(HeapBudget.check(settings(5_000_000, 1000, 1), 1L << 30))
                .hasValueSatisfying(message -> assertThat(message).startsWith("--users 5000000"));
    }
}
