package jp.shomu.ledger.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.TestBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** verify names case rows removed, added or brought back with another tool, page by page. */
class VerifyAgainstAuditTest {
    /** The search index's key column: FTS5's rowid on the file, id on a server. */
    private static final String SEARCH_KEY = TestBackend.onServer() ? "id" : "rowid";

    @TempDir
    Path dir;

    private List<String> problemsAfter(String... statements) throws Exception {
        Path file;
        try (LedgerContext ctx = TestLedger.create(dir)) {
            CaseService cases = new CaseService(ctx);
            var op = ctx.whoIs("op1");
            for (int i = 0; i < 3; i++) {
                cases.create(op, "2-7", "出張旅費 請求 " + i, Map.of("destination", "沼津市"));
            }
            file = dir.resolve("test.db");
        }
        try (Connection c = TestBackend.rawConnection(file);
                Statement st = c.createStatement()) {
            for (String sql : statements) {
                st.execute(sql);
            }
        }
        try (Ledger ledger = TestBackend.open(file, TestLedger.CLOCK)) {
            return LedgerVerifier.verify(ledger).problems();
        }
    }

    @Test
    void aCaseDeletedWithAnotherToolIsNamed() throws Exception {
        List<String> p = problemsAfter(
                "DELETE FROM case_field WHERE case_id = 2",
                "DELETE FROM case_search WHERE " + SEARCH_KEY + " = 2",
                "DELETE FROM case_file WHERE id = 2");
        assertEquals(List.of("案件 2 が監査ログにはあるのに台帳にありません(削除された可能性)"), p);
    }

    @Test
    void aCaseAddedWithAnotherToolIsNamed() throws Exception {
        List<String> p = problemsAfter(
                "INSERT INTO case_file SELECT 9, type_code, catalog_version, subject, status,"
                        + " status_before_pause, received_on, start_on, due_on, warn_on, centre_done_on, completed_on, assignee_id,"
                        + " created_by, created_at, updated_at, send_back_count, version FROM case_file WHERE id = 1",
                "INSERT INTO case_search(" + SEARCH_KEY + ", body) SELECT id, subject FROM case_file WHERE id = 9");
        assertEquals(1, p.size(), p.toString());
        assertTrue(p.get(0).startsWith("案件 9 に監査ログの記録がありません"), p.get(0));
    }

    @Test
    void aConnectionThatVerifiedBeforeVerifiesAgainAfterAnotherPcChangedTheSearchIndex() {
        try (LedgerContext ctx = TestLedger.create(dir);
                LedgerContext otherPc = TestBackend.openContext(dir.resolve("test.db"), TestLedger.CLOCK)) {
            long id = new CaseService(ctx).create(ctx.whoIs("op1"), "2-7", "出張旅費 請求 見本", Map.of("destination", "沼津市"));
            assertTrue(LedgerVerifier.verify(ctx.ledger()).ok());
            CaseService elsewhere = new CaseService(otherPc);
            var op2 = otherPc.whoIs("leader"); // may save op1's case
            elsewhere.update(op2, id, elsewhere.details(op2, id).caseFile().version(), "出張旅費 請求 見本(訂正)", Map.of());
            LedgerVerifier.Result r = LedgerVerifier.verify(ctx.ledger());
            assertTrue(
                    r.ok(),
                    "FTS5 must read the index structure again, not the one its last integrity check cached: "
                            + r.problems());
        }
    }
}
