package workshop.kit.compare.freshness;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import workshop.kit.compare.workload.Entities;
import workshop.kit.compare.workload.RouteGroup;

class FreshnessLedgerTest {
    private static final long S = 1_000_000_000L; // one simulated second
    private static final String E = Entities.user("ada");

    @Test
    void theStateAtTheReadsStartIsFreshAnOlderOneStaleSinceItWasReplaced() {
        FreshnessLedger ledger = new FreshnessLedger();
        ledger.written(E, "v1", 0, 0);
        ledger.written(E, "v2", 10 * S, 10 * S);

        assertThat(ledger.judge(E, "v2", 50 * S, ledger.stateOf(E))).isEqualTo(Verdict.FRESH);
        assertThat(ledger.judge(E, "v1", 50 * S, ledger.stateOf(E))).isEqualTo(new Verdict(true, 40 * S));
        assertThat(ledger.judge(E, Entities.ABSENT, 50 * S, ledger.stateOf(E))).isEqualTo(new Verdict(true, 50 * S));
    }

    @Test
    void aWriteThatLandedWhileTheReadRanMayOrMayNotBeSeen() {
        FreshnessLedger ledger = new FreshnessLedger();
        ledger.written(E, "v1", 0, 0);
        long atBegin = ledger.stateOf(E);
        ledger.written(E, "v2", 21 * S, 21 * S); // the staged race's write, inside the read [20 s, 21 s]

        assertThat(ledger.judge(E, "v1", 20 * S, atBegin)).isEqualTo(Verdict.FRESH);
        assertThat(ledger.judge(E, "v2", 20 * S, atBegin)).isEqualTo(Verdict.FRESH);
    }

    @Test
    void aStateThatCameBackIsFreshAgain() {
        FreshnessLedger ledger = new FreshnessLedger();
        ledger.written(E, "Member", 0, 0);
        ledger.written(E, "Admin", 3 * S, 3 * S);
        ledger.written(E, "Member", 5 * S, 5 * S);

        assertThat(ledger.judge(E, "Member", 10 * S, ledger.stateOf(E))).isEqualTo(Verdict.FRESH);
        assertThat(ledger.judge(E, "Admin", 10 * S, ledger.stateOf(E))).isEqualTo(new Verdict(true, 5 * S));
    }

    @Test
    void anEntityNeverWrittenIsAbsentAndAFailedReadIsNotJudged() {
        FreshnessLedger ledger = new FreshnessLedger();
        assertThat(ledger.judge(E, Entities.ABSENT, 5 * S, ledger.stateOf(E))).isEqualTo(Verdict.FRESH);
        assertThat(ledger.judge(E, null, 5 * S, ledger.stateOf(E))).isEqualTo(Verdict.FRESH);
    }

    @Test
    void aStateNoWriteEverLeftIsStaleSinceTheFirstWrite() {
        FreshnessLedger ledger = new FreshnessLedger();
        ledger.written(E, "v1", 4 * S, 4 * S);
        assertThat(ledger.judge(E, "made-up", 10 * S, ledger.stateOf(E))).isEqualTo(new Verdict(true, 6 * S));
    }

    /**
     * In order (no overlaps but a staged race), judging at once with the ledger gives the verdicts
     * the after-the-run judge of concurrent runs gives: one rule, two ways of keeping the history.
     */
    @Test
    void agreesWithTheAfterTheRunJudgeOnHistoriesInOrder() {
        for (int seed = 0; seed < 200; seed++) {
            Random random = new Random(seed);
            FreshnessLedger ledger = new FreshnessLedger();
            TruthLog truth = new TruthLog();
            List<String> written = new ArrayList<>(List.of(Entities.ABSENT));
            List<ReadSample> reads = new ArrayList<>();
            List<Verdict> atOnce = new ArrayList<>();
            long now = 0;
            for (int event = 0; event < 40; event++) {
                now += 1 + random.nextInt(5) * S;
                if (random.nextDouble() < 0.4) {
                    String state = "v" + random.nextInt(4); // few states, so some come back
                    ledger.written(E, state, now, now);
                    truth.written(E, state, now, now);
                    written.add(state);
                    continue;
                }
                String returned = written.get(random.nextInt(written.size()));
                long begin = now;
                long atBegin = ledger.stateOf(E);
                long end = begin;
                if (random.nextDouble() < 0.2) { // a write lands while the read runs
                    end = begin + S / 2;
                    String state = "v" + random.nextInt(4);
                    ledger.written(E, state, end, end);
                    truth.written(E, state, end, end);
                    written.add(state);
                    now = end;
                }
                atOnce.add(ledger.judge(E, returned, begin, atBegin));
                reads.add(new ReadSample(RouteGroup.GET_USER, E, returned, begin, end, 1));
            }
            StalenessJudge afterwards = new StalenessJudge(truth);
            for (int i = 0; i < reads.size(); i++) {
                assertThat(atOnce.get(i))
                        .as("seed %d, read %d: %s", seed, i, reads.get(i))
                        .isEqualTo(afterwards.judge(reads.get(i)));
            }
        }
    }
}
