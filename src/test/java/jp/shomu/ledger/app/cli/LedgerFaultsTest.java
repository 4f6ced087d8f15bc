package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file held by another program, a read-only file: a plain Japanese message, exit 2, the file untouched. */
class LedgerFaultsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");

    private Path init() {
        Path ledger = dir.resolve("ledger.db");
        assertEquals(0, cli.run("init", "--ledger", ledger.toString()).code());
        return ledger;
    }

    /** Another program takes the exclusive lock and keeps it for {@code millis}. */
    private Thread holdLock(Path ledger, long millis, CountDownLatch held) {
        Thread t = new Thread(() -> {
            try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                    Statement st = c.createStatement()) {
                st.execute("BEGIN EXCLUSIVE");
                held.countDown();
                Thread.sleep(millis);
                st.execute("ROLLBACK");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        t.start();
        return t;
    }

    @Test
    void aSaveWaitsOutAShortLockByAnotherProgram() throws Exception {
        Path ledger = init();
        CountDownLatch held = new CountDownLatch(1);
        Thread other = holdLock(ledger, 1500, held);
        held.await();
        CliRunner.Result r =
                cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "待ってから保存");
        other.join();
        assertEquals(0, r.code(), r.err());
    }

    @Test
    void aLockHeldForMinutesGivesAClearMessageAndChangesNothing() throws Exception {
        Path ledger = init();
        byte[] before = Files.readAllBytes(ledger);
        CountDownLatch held = new CountDownLatch(1);
        Thread other = holdLock(ledger, 17_000, held);
        held.await();
        CliRunner.Result r =
                cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "保存できない");
        other.join();
        assertEquals(2, r.code(), r.out());
        assertTrue(r.err().contains("ロックされています") && r.err().contains("入力内容は失われていません"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ledger));
    }

    @Test
    void aReadOnlyLedgerCanBeReadButNotChanged() throws Exception {
        assumeFalse("root".equals(System.getProperty("user.name")), "root may write any file: run as a normal user");
        Path ledger = init();
        Files.setPosixFilePermissions(ledger, PosixFilePermissions.fromString("r--r--r--"));
        byte[] before = Files.readAllBytes(ledger);
        assertEquals(0, cli.run("case", "list", "--ledger", ledger.toString()).code());
        CliRunner.Result r = cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "x");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("読み取り専用"), r.err());
        assertArrayEquals(before, Files.readAllBytes(ledger));
    }
}
