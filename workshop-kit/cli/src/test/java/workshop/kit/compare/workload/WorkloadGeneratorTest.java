package workshop.kit.compare.workload;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorkloadGeneratorTest {
    private static final WorkloadSettings SETTINGS = new WorkloadSettings(50, 5, 3, 0.3, 1.1, 500, 2, 0.5, 1, 42);

    private static List<TimedCall> all(WorkloadSettings settings, double timeScale) {
        WorkloadGenerator generator = new WorkloadGenerator(new Dataset(settings), settings, timeScale);
        List<TimedCall> calls = new ArrayList<>();
        for (TimedCall call = generator.next(); call != null; call = generator.next()) {
            calls.add(call);
        }
        return calls;
    }

    @Test
    void theSameSeedGivesTheSameRequestsAtTheSameTimes() {
        assertThat(all(SETTINGS, 1)).isEqualTo(all(SETTINGS, 1));
        assertThat(all(SETTINGS, 1)).isNotEqualTo(all(new WorkloadSettings(50, 5, 3, 0.3, 1.1, 500, 2, 0.5, 1, 43), 1));
    }

    @Test
    void exactlyTheRequestedNumberOfRequestsInStrictlyIncreasingTime() {
        List<TimedCall> calls = all(SETTINGS, 1);
        assertThat(calls.stream().mapToInt(TimedCall::requests).sum()).isEqualTo(500);
        long last = 0;
        for (TimedCall call : calls) {
            assertThat(call.at()).isGreaterThan(last);
            last = call.landsDuring() == null ? call.at() : call.landsDuring().at();
        }
        // 2 requests per simulated second: 500 take about 250 s
        assertThat(last / 1e9).isBetween(200.0, 300.0);
    }

    @Test
    void aStagedRaceIsAReadOfTheEntityItsWriteChanges() {
        List<TimedCall> races = all(SETTINGS, 1).stream()
                .filter(call -> call.landsDuring() != null)
                .toList();
        assertThat(races).isNotEmpty();
        for (TimedCall race : races) {
            assertThat(race.call().route().isRead()).isTrue();
            assertThat(race.landsDuring().call().route().isRead()).isFalse();
            assertThat(race.landsDuring().call().entity()).isEqualTo(race.call().entity());
            assertThat(race.landsDuring().at()).isGreaterThan(race.at());
        }
        assertThat(all(SETTINGS.withRaceShare(0), 1)).allMatch(call -> call.landsDuring() == null);
        assertThat(all(SETTINGS.withClients(4), 1))
                .as("concurrent clients race by themselves")
                .allMatch(call -> call.landsDuring() == null);
    }

    @Test
    void foreignWritesChangeOnlyWhoMakesAShareOfTheWrites() {
        List<TimedCall> none = all(SETTINGS, 1);
        List<TimedCall> fifth = all(SETTINGS.withForeignWriteShare(0.2), 1);
        List<TimedCall> half = all(SETTINGS.withForeignWriteShare(0.5), 1);
        assertThat(writes(none)).noneMatch(TimedCall::foreign);
        // The same requests at the same times, the same races: only the writes' origin differs.
        assertThat(withoutOrigin(fifth)).isEqualTo(withoutOrigin(none));
        assertThat(withoutOrigin(half)).isEqualTo(withoutOrigin(none));
        assertThat(writes(all(SETTINGS.withForeignWriteShare(1), 1)))
                .isNotEmpty()
                .allMatch(TimedCall::foreign);
        assertThat(fifth)
                .as("a read is never foreign")
                .noneMatch(call -> call.call().route().isRead() && call.foreign());
        // About the share asked for, and a write foreign at 20% is foreign at 50% too.
        List<TimedCall> writes = writes(none);
        assertThat((double) writes(fifth).stream().filter(TimedCall::foreign).count() / writes.size())
                .isBetween(0.12, 0.28);
        List<TimedCall> fifthWrites = writes(fifth);
        List<TimedCall> halfWrites = writes(half);
        for (int i = 0; i < fifthWrites.size(); i++) {
            if (fifthWrites.get(i).foreign()) {
                assertThat(halfWrites.get(i).foreign()).as("write %d", i).isTrue();
            }
        }
    }

    /** Every write, the staged races' included, in order. */
    private static List<TimedCall> writes(List<TimedCall> calls) {
        List<TimedCall> writes = new ArrayList<>();
        for (TimedCall call : calls) {
            if (call.landsDuring() != null) {
                writes.add(call.landsDuring());
            } else if (!call.call().route().isRead()) {
                writes.add(call);
            }
        }
        return writes;
    }

    private static List<TimedCall> withoutOrigin(List<TimedCall> calls) {
        return calls.stream()
                .map(call -> new TimedCall(
                        call.at(),
                        call.call(),
                        call.landsDuring() == null
                                ? null
                                : new TimedCall(
                                        call.landsDuring().at(),
                                        call.landsDuring().call(),
                                        null,
                                        false),
                        false))
                .toList();
    }

    @Test
    void anotherTimeScaleChangesOnlyWhenTheSameRequestsArrive() {
        List<TimedCall> usual = all(SETTINGS, 1);
        List<TimedCall> slower = all(SETTINGS, 30);
        assertThat(slower)
                .extracting(TimedCall::call)
                .isEqualTo(usual.stream().map(TimedCall::call).toList());
        for (int i = 0; i < usual.size(); i++) {
            // Each time is rounded to a nanosecond: 30 x a rounded time is within 15.5 ns of the rounded 30 x time.
            assertThat((double) slower.get(i).at())
                    .isCloseTo(usual.get(i).at() * 30.0, org.assertj.core.data.Offset.offset(16.0));
        }
    }
}
