package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import jp.shomu.ledger.testing.ScratchDatabase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The command-line contract on a PostgreSQL ledger (issue #19): init into an empty database, the case commands with
 * their exit codes (3 for a stale --expect-version), verify, and the refusals (a database that is missing, not empty,
 * or not a ledger) with exit 2 or 1 and nothing changed; the handover bundle of a server ledger holds it as a file.
 */
class PostgresLedgerCliTest {
    private final CliRunner me = new CliRunner(System.getProperty("user.name"));

    @org.junit.jupiter.api.io.TempDir
    java.nio.file.Path dir;

    private ScratchDatabase db;
    private String url;

    @BeforeEach
    void createDatabase() {
        db = ScratchDatabase.create(); // skips the test without a server
        url = db.location().display();
    }

    @AfterEach
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    @Test
    void theCaseCommandsKeepTheirContractOnAServerLedger() {
        CliRunner.Result init = me.run("init", "--ledger", url);
        assertEquals(0, init.code(), init.err());
        assertTrue(init.out().contains(url), init.out());

        CliRunner.Result add = me.run(
                "case",
                "add",
                "--ledger",
                url,
                "--type",
                "2-7",
                "--subject",
                "出張旅費 請求 見本",
                "--field",
                "destination=沼津市");
        assertEquals(0, add.code(), add.err());
        String id = add.line();
        String shown = me.run("case", "show", "--ledger", url, "--id", id).out();
        assertTrue(shown.contains("version=1"), shown);

        CliRunner.Result stale =
                me.run("case", "set", "--ledger", url, "--id", id, "--expect-version", "7", "--subject", "上書き");
        assertEquals(3, stale.code(), "a stale version is exit 3, as on the file");
        assertTrue(stale.err().contains("先に更新しました"), stale.err());
        CliRunner.Result set = me.run(
                "case", "set", "--ledger", url, "--id", id, "--expect-version", "1", "--subject", "出張旅費 請求 見本(訂正)");
        assertEquals(0, set.code(), set.err());

        assertTrue(
                me.run("case", "list", "--ledger", url, "--search", "訂正").out().contains(id + "\t"));
        assertTrue(
                me.run("case", "list", "--ledger", url, "--search", "旅").out().contains(id + "\t"), "one character");
        CliRunner.Result verify = me.run("verify", "--ledger", url);
        assertEquals(0, verify.code(), verify.err());
        assertTrue(verify.out().contains("検査OK: 案件 1 件"), verify.out());

        java.nio.file.Path bundle = dir.resolve("handover");
        CliRunner.Result handover = me.run("handover", "--ledger", url, "--out", bundle.toString(), "--no-packages");
        assertEquals(0, handover.code(), handover.err());
        assertTrue(
                java.nio.file.Files.exists(bundle.resolve("ledger/shomu-ledger.db")), "the successor receives a file");
        CliRunner.Result checked = me.run("handover", "verify", "--dir", bundle.toString());
        assertEquals(0, checked.code(), checked.err());
        assertTrue(checked.out().contains("案件 1 件"), checked.out());

        CliRunner.Result again = me.run("init", "--ledger", url);
        assertEquals(2, again.code(), "a database that holds a ledger is never written over");
        assertTrue(again.err().contains("空ではありません"), again.err());
        assertTrue(me.run("case", "show", "--ledger", url, "--id", id).out().contains("訂正"));
    }

    @Test
    void twoInitsAtOnceMakeOneLedgerAndRefuseTheOther() throws Exception {
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            java.util.concurrent.CyclicBarrier start = new java.util.concurrent.CyclicBarrier(2);
            java.util.List<java.util.concurrent.Future<CliRunner.Result>> runs = new java.util.ArrayList<>();
            for (int i = 0; i < 2; i++) {
                runs.add(two.submit(() -> {
                    start.await();
                    return me.run("init", "--ledger", url);
                }));
            }
            java.util.List<Integer> codes = new java.util.ArrayList<>();
            for (var run : runs) {
                codes.add(run.get().code());
            }
            java.util.Collections.sort(codes);
            assertEquals(
                    java.util.List.of(0, 2), codes, "one ledger is made; the other init is refused, not half-made");
        } finally {
            two.shutdownNow();
        }
        CliRunner.Result verify = me.run("verify", "--ledger", url);
        assertEquals(0, verify.code(), verify.err());
    }

    @Test
    void aMissingOrEmptyOrForeignDatabaseIsRefusedUntouched() throws SQLException {
        CliRunner.Result missing = me.run("verify", "--ledger", url + "_none");
        assertEquals(2, missing.code());
        assertTrue(missing.err().contains("データベースが見つかりません"), missing.err());

        CliRunner.Result empty = me.run("verify", "--ledger", url);
        assertEquals(2, empty.code());
        assertTrue(empty.err().contains("まだ台帳がありません"), empty.err());

        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE other_app (x int)");
        }
        CliRunner.Result foreign = me.run("case", "list", "--ledger", url);
        assertEquals(2, foreign.code());
        assertTrue(foreign.err().contains("庶務台帳ではありません"), foreign.err());
        CliRunner.Result init = me.run("init", "--ledger", url);
        assertEquals(2, init.code());
        try (Connection c = db.connect();
                Statement st = c.createStatement()) {
            st.execute("SELECT COUNT(*) FROM other_app"); // still there, nothing added beside it
        }

        CliRunner.Result malformed = me.run("verify", "--ledger", "postgresql://user@127.0.0.1");
        assertEquals(1, malformed.code(), "a malformed location is a wrong argument, as other parameter errors");
        assertTrue(malformed.err().contains("PostgreSQL の台帳の指定が読めません"), malformed.err());
    }
}
