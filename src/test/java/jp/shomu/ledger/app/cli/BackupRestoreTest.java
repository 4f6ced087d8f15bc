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
}
