package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import jp.shomu.ledger.testing.MutableClock;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** archive --fiscal-year from the command line, and what can be done with the archive file afterwards. */
class ArchiveCommandTest {
    @TempDir
    Path dir;

    private final MutableClock clock = new MutableClock(LocalDate.of(2026, 6, 1));
    private final CliRunner manager = new CliRunner("tester", clock);
    private Path ledger;
    private Path archive;

    private String ok(CliRunner cli, String... args) {
        CliRunner.Result r = cli.run(args);
        assertEquals(0, r.code(), r.err());
        return r.out();
    }

    @BeforeEach
    void ledgerWithAYearOfWork() {
        ledger = dir.resolve("ledger.db");
        archive = dir.resolve("ledger-archive-FY2026.db");
        String l = ledger.toString();
        ok(manager, "init", "--ledger", l);
        ok(
                manager,
                "staff",
                "add",
                "--ledger",
                l,
                "--login",
                "leader",
                "--employee-no",
                "1000002",
                "--name",
                "見本 主任",
                "--role",
                "業務責任者");
        ok(
                manager,
                "case",
                "add",
                "--ledger",
                l,
                "--type",
                "2-7",
                "--subject",
                "出張旅費 請求 見本一郎",
                "--field",
                "destination=浜松市役所");
        ok(
                manager,
                "case",
                "do",
                "withdraw",
                "--ledger",
                l,
                "--id",
                "1",
                "--expect-version",
                "1",
                "--comment",
                "出張の中止");
        ok(manager, "case", "add", "--ledger", l, "--type", "2-2", "--subject", "通勤手当 新規認定 見本花子");
        clock.set(LocalDate.of(2027, 4, 12));
    }

    @Test
    void archivingPrintsTheFileItsHashAndWhatStayed() {
        String out = ok(manager, "archive", "--ledger", ledger.toString(), "--fiscal-year", "2026");
        assertTrue(out.contains("保管ファイル: " + archive.toAbsolutePath()), out);
        assertTrue(out.contains("SHA-256: "), out);
        assertTrue(out.contains("今回台帳から削除 1 件"), out);
        assertTrue(out.contains("未完了の案件 1 件は台帳に残しています"), out);
        assertTrue(Files.exists(archive));
        assertTrue(ok(manager, "verify", "--ledger", ledger.toString()).contains("検査OK: 案件 1 件"));
        assertTrue(ok(manager, "verify", "--ledger", archive.toString()).contains("検査OK: 案件 1 件"));
    }

    @Test
    void theArchiveListsAndSearchesButRefusesChanges() {
        ok(manager, "archive", "--ledger", ledger.toString(), "--fiscal-year", "2026");
        String a = archive.toString();
        assertTrue(ok(manager, "case", "list", "--ledger", a).startsWith("1\t2-7\t取下げ"));
        assertTrue(ok(manager, "case", "list", "--ledger", a, "--search", "浜松市").startsWith("1\t"));
        assertTrue(ok(manager, "case", "list", "--ledger", a, "--search", "旅費").startsWith("1\t"));
        assertEquals("", ok(manager, "case", "list", "--ledger", a, "--search", "通勤手当"));
        assertTrue(ok(manager, "case", "list", "--ledger", ledger.toString(), "--search", "通勤手当")
                .startsWith("2\t"));
        CliRunner.Result r = manager.run("case", "add", "--ledger", a, "--type", "2-7", "--subject", "追加");
        assertEquals(2, r.code());
        assertTrue(r.err().contains("保管ファイル(アーカイブ)のため、読み取り専用です"), r.err());
    }

    @Test
    void aLeaderMayNotArchive() {
        CliRunner.Result r =
                new CliRunner("leader", clock).run("archive", "--ledger", ledger.toString(), "--fiscal-year", "2026");
        assertEquals(1, r.code());
        assertTrue(r.err().contains("年度アーカイブ"), r.err());
        assertFalse(Files.exists(archive));
    }

    @Test
    void theAuditTrailUpToTheYearsEndMovesToItsOwnFileAndTheLedgerFileShrinks() throws Exception {
        Path auditArchive = dir.resolve("ledger-audit-FY2026.db");
        String l = ledger.toString();
        clock.set(LocalDate.of(2026, 6, 2));
        for (int v = 1; v <= 40; v++) {
            ok(
                    manager,
                    "case",
                    "set",
                    "--ledger",
                    l,
                    "--id",
                    "2",
                    "--expect-version",
                    Integer.toString(v),
                    "--subject",
                    "通勤手当 新規認定 見本花子(経路の確認 " + v + " 回目)");
        }
        clock.set(LocalDate.of(2027, 4, 12));
        String anchor = ok(manager, "audit", "head", "--ledger", l, "--date", "2026-06-01")
                .lines()
                .filter(line -> line.startsWith("anchor="))
                .findFirst()
                .orElseThrow()
                .substring("anchor=".length());
        long bytesBefore = Files.size(ledger);

        String out = ok(manager, "archive", "--ledger", l, "--fiscal-year", "2026", "--pause-ms", "0");

        assertTrue(out.contains("監査ログの保管ファイル: " + auditArchive.toAbsolutePath()), out);
        assertTrue(out.contains("台帳ファイル: "), out);
        assertTrue(Files.size(ledger) < bytesBefore, bytesBefore + " → " + Files.size(ledger));
        String verified = ok(manager, "verify", "--ledger", l);
        assertTrue(verified.contains("検査OK: 案件 1 件"), verified);
        assertTrue(verified.contains("注: 2026-06-02 まで") && verified.contains("SHA-256 は区切りの記録と一致"), verified);
        assertTrue(ok(manager, "verify", "--ledger", auditArchive.toString()).startsWith("検査OK"));
        assertTrue(ok(manager, "verify", "--ledger", archive.toString()).startsWith("検査OK"));

        String proven = ok(manager, "verify", "--ledger", l, "--anchor", anchor);
        assertTrue(proven.contains("アンカー 2026-06-01: 監査ログの行 "), proven);
        assertTrue(proven.contains("ledger-audit-FY2026.db から読みました"), proven);

        CliRunner.Result listed = manager.run("audit", "list", "--ledger", l);
        assertEquals(0, listed.code(), listed.err());
        assertTrue(
                listed.err().contains("注: 2026-06-02 までの監査ログ") && listed.err().contains("ledger-audit-FY2026.db"),
                listed.err());
        String moved = ok(manager, "audit", "list", "--ledger", auditArchive.toString(), "--entity", "職員名簿");
        assertTrue(moved.contains("\t職員名簿\t") && moved.contains("登録"), moved);
    }
}
