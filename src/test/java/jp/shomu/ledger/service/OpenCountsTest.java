package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseStatus;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.cases.CaseListQueries;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The navigation tree's counts of open cases per type and status, read through the status index. */
class OpenCountsTest {
    @TempDir
    Path dir;

    @Test
    void openCasesAreCountedByTypeAndStatusAndClosedOnesLeftOut() {
        MutableClock clock = new MutableClock(LocalDate.of(2027, 4, 12));
        try (LedgerContext ctx = TestLedger.create(dir, clock)) {
            ArchivePlay play = new ArchivePlay(ctx, clock);
            play.receive("2-2");
            play.startAndTick(play.receive("2-2"));
            play.finish(play.receive("2-2"));
            play.withdraw(play.receive("2-7"));
            play.receive("2-7");
            Map<String, Map<CaseStatus, Integer>> counts = ctx.ledger().read(CaseListQueries::openCountsByType);
            assertEquals(
                    Map.of(
                            "2-2",
                            Map.of(CaseStatus.RECEIVED, 1, CaseStatus.IN_PROGRESS, 1),
                            "2-7",
                            Map.of(CaseStatus.RECEIVED, 1)),
                    counts);
            if (TestBackend.onServer()) {
                return; // the plan below is SQLite's; PostgreSQL chooses by its statistics, which a tiny ledger lacks
            }
            java.util.List<String> steps = ctx.ledger()
                    .read(c -> Sql.query(
                            c,
                            "EXPLAIN QUERY PLAN SELECT type_code, status,"
                                    + " COUNT(*) FROM case_file WHERE status IN ('RECEIVED','IN_PROGRESS') GROUP BY type_code, status",
                            rs -> rs.getString(4)));
            String plan = String.join(" ", steps);
            assertTrue(plan.contains("case_file_status_due"), plan);
        }
    }
}
