package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jp.shomu.ledger.store.AuditLog;
import jp.shomu.ledger.store.Ledger;
import jp.shomu.ledger.testing.FileOnly;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.ScratchDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed contract of issue #19: migrate --from FILE.db --to postgresql://… and back, with its exit codes. */
@FileOnly("moves a ledger file to a server database of its own and back: one run covers both backends")
class MigrateCommandTest {
    private static final Pattern DONE = Pattern.compile(
            "移行しました: 案件 (\\d+) 件、監査ログ (\\d+) 行\\(全 \\d+ 行\\)、チェーンの先頭 (\\d+)/([0-9a-f]{12})。移行先を検査しました\\(一致\\)");

    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 2));

    @Test
    void aLedgerMovesToTheServerAndBackThroughTheCommandLine() throws Exception {
        Path file = MigrationFixture.create(dir, clock);
        AuditLog.Head head;
        try (Ledger source = Ledger.open(file, clock)) {
            head = source.read(AuditLog::head);
        }
        CliRunner boss = new CliRunner(MigrationFixture.MANAGER, clock);
        try (ScratchDatabase db = ScratchDatabase.create()) {
            CliRunner.Result r = boss.run("migrate", "--from", file.toString(), "--to", db.url());
            assertEquals(0, r.code(), r.err());
            Matcher m = DONE.matcher(r.line());
            assertTrue(m.matches(), r.out());
            assertEquals("2", m.group(1));
            assertEquals(Long.toString(head.seq()), m.group(2));
            assertEquals(Long.toString(head.seq()), m.group(3));
            assertEquals(head.hash().substring(0, 12), m.group(4));
            assertTrue(r.err().contains("case_file: 2 / 2 行"), "progress per table on stderr: " + r.err());

            CliRunner.Result again = boss.run("migrate", "--from", file.toString(), "--to", db.url());
            assertEquals(1, again.code(), "a target that is not empty is refused");
            assertTrue(again.err().contains("空ではありません"), again.err());

            assertEquals(0, boss.run("verify", "--ledger", db.url()).code());
            CliRunner.Result found = boss.run("case", "list", "--ledger", db.url(), "--search", "架空の二件目");
            assertEquals(0, found.code(), found.err());
            assertTrue(found.out().contains("架空の二件目"), "the search index was rebuilt: " + found.out());

            Path handover = dir.resolve("handover.db");
            CliRunner.Result back = boss.run("migrate", "--from", db.url(), "--to", handover.toString());
            assertEquals(0, back.code(), back.err());
            assertTrue(back.line().endsWith("/" + head.hash().substring(0, 12) + "。移行先を検査しました(一致)"), back.out());
            CliRunner.Result verified = boss.run("verify", "--ledger", handover.toString());
            assertEquals(0, verified.code(), verified.err());
        }
    }

    @Test
    void refusalsHaveTheirExitCodes() {
        Path file = MigrationFixture.create(dir, clock);
        CliRunner boss = new CliRunner(MigrationFixture.MANAGER, clock);
        Path target = dir.resolve("copy.db");

        CliRunner.Result operator =
                new CliRunner("op-a", clock).run("migrate", "--from", file.toString(), "--to", target.toString());
        assertEquals(1, operator.code(), operator.err());
        assertTrue(operator.err().contains("管理責任者"), operator.err());
        assertFalse(Files.exists(target));

        CliRunner.Result missing =
                boss.run("migrate", "--from", dir.resolve("none.db").toString(), "--to", target.toString());
        assertEquals(2, missing.code(), missing.err());
        assertFalse(Files.exists(target));

        assertEquals(1, boss.run("migrate", "--from", file.toString()).code(), "no --to");
        assertEquals(
                1,
                boss.run("migrate", "--from", file.toString(), "--to", file.toString())
                        .code());
        CliRunner.Result existing = boss.run("migrate", "--from", file.toString(), "--to", file.toString() + "x");
        assertEquals(0, existing.code(), existing.err());
        CliRunner.Result twice = boss.run("migrate", "--from", file.toString(), "--to", file.toString() + "x");
        assertEquals(1, twice.code(), "an existing file is never written over: " + twice.err());
    }
}
