package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** backup keeps checked daily and monthly generations; restore never overwrites silently and keeps the old file. */
class BackupRestoreTest {
    @TempDir
    Path dir;

    private Path init(CliRunner cli) {
        Path ledger = dir.resolve("ledger.db");
        assertEquals(0, cli.run("init", "--ledger", ledger.toString()).code());
        return ledger;
    }

    private static List<String> names(Path folder) throws Exception {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    @Test
    void backupIsCheckedAndRotatedIntoDailyAndMonthlyGenerations() throws Exception {
        CliRunner cli = new CliRunner("tester");
        Path ledger = init(cli);
        cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "通勤手当 新規");
        Path backups = dir.resolve("backups");
        for (int day = 0; day < 5; day++) {
            Clock clock = Clock.offset(CliRunner.FIXED, Duration.ofDays(day * 20L));
            CliRunner.Result r = new CliRunner("tester", clock)
                    .run(
                            "backup",
                            "--ledger",
                            ledger.toString(),
                            "--to",
                            backups.toString(),
                            "--keep-daily",
                            "3",
                            "--keep-monthly",
                            "2");
            assertEquals(0, r.code(), r.err());
            assertTrue(r.out().contains("検査しました"), r.out());
        }
        List<String> files = names(backups);
        assertEquals(3, files.stream().filter(n -> n.contains("-daily-")).count(), files.toString());
        assertEquals(
                List.of("ledger-monthly-202706.db", "ledger-monthly-202707.db"),
                files.stream().filter(n -> n.contains("-monthly-")).toList());
        assertTrue(files.contains("ledger-daily-20270701-100000.db"), files.toString());
        CliRunner.Result v = cli.run(
                "verify",
                "--ledger",
                backups.resolve("ledger-daily-20270701-100000.db").toString());
        assertEquals(0, v.code(), v.err());
    }

    @Test
    void restoreRefusesToOverwriteWithoutReplaceAndKeepsTheReplacedFileAside() throws Exception {
        CliRunner cli = new CliRunner("tester");
        Path ledger = init(cli);
        cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "扶養手当 認定");
        Path backups = dir.resolve("b");
        assertEquals(
                0,
                cli.run("backup", "--ledger", ledger.toString(), "--to", backups.toString())
                        .code());
        Path backup = backups.resolve("ledger-daily-20270412-100000.db");
        cli.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "あとから登録");
        byte[] current = Files.readAllBytes(ledger);

        CliRunner.Result refused = cli.run("restore", "--ledger", ledger.toString(), "--from", backup.toString());
        assertEquals(2, refused.code());
        assertTrue(refused.err().contains("上書きはしません") && refused.err().contains("--replace"), refused.err());
        assertArrayEquals(current, Files.readAllBytes(ledger));

        CliRunner.Result restored =
                cli.run("restore", "--ledger", ledger.toString(), "--from", backup.toString(), "--replace");
        assertEquals(0, restored.code(), restored.err());
        assertArrayEquals(current, Files.readAllBytes(dir.resolve("ledger.db.replaced-20270412-100000")));
        assertEquals(
                1,
                cli.run("case", "list", "--ledger", ledger.toString())
                        .out()
                        .lines()
                        .count());
        assertEquals(0, cli.run("verify", "--ledger", ledger.toString()).code());
    }

    @Test
    void restoreIntoAMissingLedgerNeedsNoFlagAndADamagedBackupIsRefused() throws Exception {
        CliRunner cli = new CliRunner("tester");
        Path ledger = init(cli);
        Path backups = dir.resolve("b");
        assertEquals(
                0,
                cli.run("backup", "--ledger", ledger.toString(), "--to", backups.toString())
                        .code());
        Path backup = backups.resolve("ledger-daily-20270412-100000.db");
        Path fresh = dir.resolve("new-place.db");
        assertEquals(
                0,
                cli.run("restore", "--ledger", fresh.toString(), "--from", backup.toString())
                        .code());
        assertEquals(0, cli.run("verify", "--ledger", fresh.toString()).code());

        Path broken = dir.resolve("broken.db");
        byte[] bytes = Files.readAllBytes(backup);
        Files.write(broken, java.util.Arrays.copyOf(bytes, bytes.length - 1000));
        CliRunner.Result r =
                cli.run("restore", "--ledger", dir.resolve("other.db").toString(), "--from", broken.toString());
        assertEquals(2, r.code());
        assertTrue(r.err().contains("壊れています"), r.err());
        assertTrue(Files.notExists(dir.resolve("other.db")));
    }

    private static void addStaff(CliRunner manager, Path ledger, String login, String no, String role, String team) {
        CliRunner.Result r = manager.run(
                "staff",
                "add",
                "--ledger",
                ledger.toString(),
                "--login",
                login,
                "--employee-no",
                no,
                "--name",
                "見本 " + login,
                "--role",
                role,
                "--team",
                team);
        assertEquals(0, r.code(), r.err());
    }

    private static String auditActions(Path ledger) throws Exception {
        StringBuilder all = new StringBuilder();
        try (var c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + ledger);
                var rs = c.createStatement().executeQuery("SELECT actor, entity, action FROM audit_log ORDER BY seq")) {
            while (rs.next()) {
                all.append(rs.getString(1))
                        .append(' ')
                        .append(rs.getString(2))
                        .append(' ')
                        .append(rs.getString(3));
                all.append('\n');
            }
        }
        return all.toString();
    }

    @Test
    void backupNeedsALeaderOrTheScheduledTasksAccountAndIsAudited() throws Exception {
        CliRunner manager = new CliRunner("tester");
        Path ledger = init(manager);
        addStaff(manager, ledger, "op", "2000001", "担当者", "");
        addStaff(manager, ledger, "svc-backup", "2000009", "担当者", "定時バックアップ");
        Path backups = dir.resolve("backups");
        String[] args = {"backup", "--ledger", ledger.toString(), "--to", backups.toString()};
        CliRunner.Result stranger = new CliRunner("nobody").run(args);
        assertEquals(1, stranger.code(), stranger.err());
        CliRunner.Result operator = new CliRunner("op").run(args);
        assertEquals(1, operator.code(), operator.err());
        assertTrue(operator.err().contains("「バックアップの作成」は担当者の権限ではできません"), operator.err());
        assertTrue(!Files.exists(backups) || names(backups).isEmpty(), "nothing copied");
        CliRunner.Result task = new CliRunner("svc-backup").run(args);
        assertEquals(0, task.code(), task.err());
        assertTrue(auditActions(ledger).contains("svc-backup backup バックアップ"), auditActions(ledger));
    }

    @Test
    void restoreNeedsAManagerAndIsAudited() throws Exception {
        CliRunner manager = new CliRunner("tester");
        Path ledger = init(manager);
        addStaff(manager, ledger, "ld", "2000003", "業務責任者", "");
        Path backups = dir.resolve("backups");
        assertEquals(
                0,
                manager.run("backup", "--ledger", ledger.toString(), "--to", backups.toString())
                        .code());
        Path backup = Files.list(backups)
                .filter(p -> p.toString().endsWith(".db"))
                .findFirst()
                .orElseThrow();
        String[] args = {"restore", "--ledger", ledger.toString(), "--from", backup.toString(), "--replace"};
        byte[] before = Files.readAllBytes(ledger);
        CliRunner.Result stranger = new CliRunner("nobody").run(args);
        assertEquals(1, stranger.code(), stranger.err());
        CliRunner.Result leader = new CliRunner("ld").run(args);
        assertEquals(1, leader.code(), leader.err());
        assertTrue(leader.err().contains("「バックアップからの復元」は業務責任者の権限ではできません"), leader.err());
        assertArrayEquals(before, Files.readAllBytes(ledger), "the ledger was not replaced");
        CliRunner.Result ok = manager.run(args);
        assertEquals(0, ok.code(), ok.err());
        assertTrue(auditActions(ledger).contains("tester restore バックアップから復元"), auditActions(ledger));
        CliRunner.Result verify = manager.run("verify", "--ledger", ledger.toString());
        assertEquals(0, verify.code(), "a restore made with the app is not a rollback: " + verify.err());
    }

    @Test
    void aLedgerRolledBackBehindTheAppsBackIsNoticedOnOpenAndByVerify() throws Exception {
        CliRunner manager = new CliRunner("tester");
        Path ledger = init(manager);
        Path backups = dir.resolve("backups");
        assertEquals(
                0,
                manager.run("backup", "--ledger", ledger.toString(), "--to", backups.toString())
                        .code());
        Path backup = Files.list(backups)
                .filter(p -> p.toString().endsWith(".db"))
                .findFirst()
                .orElseThrow();
        manager.run("case", "add", "--ledger", ledger.toString(), "--type", "2-2", "--subject", "あとから登録");
        // someone copies the old file over the ledger with the file manager: no restore, no audit entry
        Files.copy(backup, ledger, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        CliRunner.Result verify = manager.run("verify", "--ledger", ledger.toString());
        assertEquals(2, verify.code(), verify.out());
        assertTrue(verify.err().contains("台帳が以前の状態に戻されています"), verify.err());
        CliRunner.Result list = manager.run("case", "list", "--ledger", ledger.toString());
        assertEquals(2, list.code(), list.err());
        assertTrue(list.err().contains("台帳が以前の状態に戻されています"), list.err());
    }

    @Test
    void aDamagedHeadRecordIsReportedNotTakenForNoRecord() throws Exception {
        CliRunner manager = new CliRunner("tester");
        Path ledger = init(manager);
        Path record = ledger.resolveSibling(ledger.getFileName() + ".head");
        assertTrue(Files.exists(record), "init follows the ledger");
        Files.writeString(record, ""); // emptied: before, this switched the rollback check off
        CliRunner.Result verify = manager.run("verify", "--ledger", ledger.toString());
        assertEquals(2, verify.code(), verify.out());
        assertTrue(verify.err().contains("記録ファイル " + record.getFileName() + " が壊れています"), verify.err());
        CliRunner.Result list = manager.run("case", "list", "--ledger", ledger.toString());
        assertEquals(2, list.code(), list.err());
        CliRunner.Result backup = manager.run(
                "backup",
                "--ledger",
                ledger.toString(),
                "--to",
                dir.resolve("b").toString());
        assertEquals(2, backup.code(), "a backup does not write over a damaged record: " + backup.err());
        assertEquals("", Files.readString(record));
        Files.delete(record); // what the message tells the manager to do after verify
        assertEquals(0, manager.run("verify", "--ledger", ledger.toString()).code());
    }
}
