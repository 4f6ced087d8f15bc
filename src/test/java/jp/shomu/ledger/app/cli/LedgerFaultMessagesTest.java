package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Map;
import jp.shomu.ledger.domain.errors.LedgerException;
import jp.shomu.ledger.domain.errors.LedgerProblem;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.SqliteFaults;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Faults injected one by one: each speaks Japanese, exits 2, and names what it is about. */
class LedgerFaultMessagesTest {
    @TempDir
    Path dir;

    /** SQLite's English text never reaches the person: no run of Latin words like "database is full". */
    private static void assertJapanese(String message) {
        assertFalse(message.matches("(?s).*[A-Za-z]{4,} [a-z]{2,} [a-z]{2,}.*"), message);
        assertTrue(
                message.codePoints().anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HIRAGANA),
                message);
    }

    @Test
    void everySqliteResultCodeHasAJapaneseMessageAndExitCode2() {
        for (SQLiteErrorCode code : SQLiteErrorCode.values()) {
            if (code.code <= 0 || code.code >= 100) {
                continue; // SQLITE_OK, ROW and DONE are not faults; UNKNOWN_ERROR is -1
            }
            SQLException e = new SQLiteException("[" + code.name() + "] some English text from SQLite", code);
            Exception shown = Cli.inJapanese(new RuntimeException(e));
            assertTrue(shown instanceof LedgerException, code.name());
            assertJapanese(shown.getMessage());
            assertTrue(shown.getMessage().contains(code.name()), "names the code for support: " + shown.getMessage());
            assertEquals(ExitCodes.LEDGER_PROBLEM, Cli.exitCodeOf(shown), code.name());
        }
    }

    @Test
    void aFullDiskWhileSavingSaysSoInJapaneseAndChangesNothing() {
        LedgerContext ctx =
                TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-10-05T01:00:00Z")));
        try (ctx) {
            long cases = ctx.ledger()
                    .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1)))
                    .orElseThrow();
            // the file may not grow by a single page: what a full disk looks like to SQLite (SQLITE_FULL)
            ctx.ledger().write("test", tx -> {
                long pages = Sql.queryOne(tx.connection(), "PRAGMA page_count", rs -> rs.getLong(1))
                        .orElseThrow();
                Sql.queryOne(tx.connection(), "PRAGMA max_page_count = " + pages, rs -> rs.getLong(1));
                return null;
            });
            CaseService service = new CaseService(ctx);
            long[] added = {0};
            LedgerException e = assertThrows(LedgerException.class, () -> {
                for (int i = 0; i < 500; i++) {
                    service.create(ctx.whoIs("op-a"), "2-2", "容量の見本 " + i + " " + "あ".repeat(150), Map.of());
                    added[0]++;
                }
            });
            assertEquals(LedgerProblem.DISK_FULL, e.problem());
            assertTrue(e.getMessage().startsWith("書き込み先の容量が足りません(ディスクがいっぱいです)"), e.getMessage());
            assertJapanese(e.getMessage());
            assertEquals(ExitCodes.LEDGER_PROBLEM, Cli.exitCodeOf(e));
            assertEquals(
                    cases + added[0],
                    ctx.ledger()
                            .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM case_file", rs -> rs.getLong(1)))
                            .orElseThrow());
        }
    }

    @Test
    void aBackupThatRunsOutOfSpaceSaysSoInJapanese() {
        LedgerException e = SqliteFaults.of(dir.resolve("b.db"), 13, "バックアップ", null);
        assertEquals(LedgerProblem.DISK_FULL, e.problem());
        assertTrue(e.getMessage().startsWith("バックアップ中に書き込み先の容量が足りません"), e.getMessage());
        assertFalse(e.getMessage().contains("backup failed"), e.getMessage());
    }

    @Test
    void anUnknownStatusIsReportedByVerifyWithItsIdAndByCaseListWithoutACrash() throws Exception {
        String ledger = dir.resolve("ledger.db").toString();
        CliRunner me = new CliRunner("tester");
        assertEquals(0, me.run("init", "--ledger", ledger).code());
        String id = me.run("case", "add", "--ledger", ledger, "--type", "2-2", "--subject", "状態の見本")
                .line();
        try (var c = DriverManager.getConnection("jdbc:sqlite:" + ledger)) {
            c.createStatement().executeUpdate("UPDATE case_file SET status = 'COMPLETED' WHERE id = " + id);
        }
        CliRunner.Result verify = me.run("verify", "--ledger", ledger);
        assertEquals(2, verify.code(), verify.out() + verify.err());
        String said = verify.out() + verify.err();
        assertTrue(said.contains("案件 " + id + " の状態「COMPLETED」はこのアプリの知らない値です"), said);
        assertFalse(said.contains("No enum constant"), said);
        CliRunner.Result list = me.run("case", "list", "--ledger", ledger);
        assertEquals(2, list.code(), list.err());
        assertTrue(list.err().contains("案件 " + id + " の状態「COMPLETED」"), list.err());
        assertFalse(list.err().contains("No enum constant"), list.err());
    }
}
