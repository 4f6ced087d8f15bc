package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.MutableClock;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A save takes the audit's before-image from the case as it loaded it, instead of reading the row again: the
 * proof that nothing is lost is that every case audit entry's before-image is exactly the previous entry's
 * after-image, through edits, pauses, send-backs, field removals and completion.
 */
class SaveAuditTest {
    @TempDir
    Path dir;

    @Test
    void everyBeforeImageIsThePreviousAfterImage() {
        MutableClock clock = new MutableClock(LocalDate.of(2027, 4, 12));
        try (LedgerContext ctx = TestLedger.create(dir, clock)) {
            ArchivePlay play = new ArchivePlay(ctx, clock);
            CaseService cases = new CaseService(ctx);
            var op = ctx.whoIs("op1");
            long a = play.receive("2-2");
            long v = cases.details(op, a).caseFile().version();
            v = cases.update(op, a, v, "通勤手当 変更認定", Map.of("transport", "バス", "commuteKm", "12"));
            cases.update(op, a, v, null, Map.of("commuteKm", ""));
            play.pauseAndResume(a);
            clock.set(LocalDate.of(2027, 4, 14));
            play.finish(a, true);
            long b = play.receive("2-7");
            play.withdraw(b);

            List<String[]> rows = ctx.ledger()
                    .read(c -> Sql.query(
                            c,
                            "SELECT entity_id, before, after FROM audit_log" + " WHERE entity = 'case' ORDER BY seq",
                            rs -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)}));
            Map<String, String> lastAfter = new HashMap<>();
            int saves = 0;
            for (String[] r : rows) {
                if (lastAfter.containsKey(r[0])) {
                    assertEquals(lastAfter.get(r[0]), r[1], "before-image of case " + r[0]);
                    saves++;
                }
                lastAfter.put(r[0], r[2]);
            }
            assertTrue(saves >= 8, "saves checked: " + saves);
            assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
        }
    }
}
