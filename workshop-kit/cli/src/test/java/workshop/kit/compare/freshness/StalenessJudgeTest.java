package workshop.kit.compare.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import workshop.kit.compare.workload.Entities;
import workshop.kit.compare.workload.RouteGroup;

class StalenessJudgeTest {
    private static final long S = 1_000_000_000L; // one simulated second
    private static final String E = Entities.user("ada");

    private static ReadSample read(String state, long start, long end) {
        return new ReadSample(RouteGroup.GET_USER, E, state, start, end, 1);
    }

    private static TruthLog log(WriteRecord... writes) {
        TruthLog log = new TruthLog();
        for (WriteRecord write : writes) {
            log.record(write);
        }
        return log;
    }

    @Test
    void aReadOfTheNewestCompletedWriteIsFresh() {
        StalenessJudge judge =
                new StalenessJudge(log(new WriteRecord(E, "v1", 0, S), new WriteRecord(E, "v2", 10 * S, 11 * S)));
        assertThat(judge.judge(read("v2", 20 * S, 21 * S))).isEqualTo(Verdict.FRESH);
    }

    @Test
    void anOlderStateIsStaleByTheTimeSinceItWasReplaced() {
        StalenessJudge judge =
                new StalenessJudge(log(new WriteRecord(E, "v1", 0, S), new WriteRecord(E, "v2", 10 * S, 11 * S)));
        Verdict verdict = judge.judge(read("v1", 50 * S, 51 * S));
        assertThat(verdict.stale()).isTrue();
        assertThat(verdict.stalenessNanos()).isEqualTo(39 * S); // replaced at 11 s, read at 50 s
    }

    @Test
    void aWriteOverlappingTheReadMayOrMayNotBeSeen() {
        StalenessJudge judge =
                new StalenessJudge(log(new WriteRecord(E, "v1", 0, S), new WriteRecord(E, "v2", 10 * S, 30 * S)));
        assertThat(judge.judge(read("v1", 20 * S, 21 * S)).stale()).isFalse();
        assertThat(judge.judge(read("v2", 20 * S, 21 * S)).stale()).isFalse();
    }

    @Test
    void writesThatOverlappedEachOtherCountInEitherOrder() {
        // v2 and v3 overlapped: DynamoDB may hold either afterwards.
        StalenessJudge judge = new StalenessJudge(log(
                new WriteRecord(E, "v1", 0, S),
                new WriteRecord(E, "v2", 10 * S, 13 * S),
                new WriteRecord(E, "v3", 11 * S, 12 * S)));
        assertThat(judge.judge(read("v2", 20 * S, 21 * S)).stale()).isFalse();
        assertThat(judge.judge(read("v3", 20 * S, 21 * S)).stale()).isFalse();
        assertThat(judge.judge(read("v1", 20 * S, 21 * S)))
                .isEqualTo(new Verdict(true, 8 * S)); // first replaced at 12 s
    }

    @Test
    void everyEntityStartsAbsent() {
        StalenessJudge judge = new StalenessJudge(log(new WriteRecord(E, "v1", 5 * S, 6 * S)));
        assertThat(judge.judge(read(Entities.ABSENT, 2 * S, 3 * S)).stale()).isFalse();
        assertThat(judge.judge(read(Entities.ABSENT, 66 * S, 67 * S))).isEqualTo(new Verdict(true, 60 * S));
    }

    @Test
    void aStateThatCameBackIsFreshAgain() {
        StalenessJudge judge = new StalenessJudge(log(
                new WriteRecord(E, "Member", 0, S),
                new WriteRecord(E, "Admin", 2 * S, 3 * S),
                new WriteRecord(E, "Member", 4 * S, 5 * S)));
        assertThat(judge.judge(read("Member", 10 * S, 11 * S)).stale()).isFalse();
        assertThat(judge.judge(read("Admin", 10 * S, 11 * S))).isEqualTo(new Verdict(true, 5 * S));
    }

    @Test
    void failedReadsAreNotJudged() {
        StalenessJudge judge = new StalenessJudge(log(new WriteRecord(E, "v1", 0, S)));
        assertThat(judge.judge(read(null, 10 * S, 11 * S))).isEqualTo(Verdict.FRESH);
    }
}
