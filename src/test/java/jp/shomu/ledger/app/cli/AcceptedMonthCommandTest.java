package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Map;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.testing.Desk;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Once the city has accepted a month, its report is the file it accepted, whenever it is asked for again. */
class AcceptedMonthCommandTest {
    @TempDir
    Path dir;

    @Test
    void anAcceptedMonthsReportIsKeptAsIssuedAndCannotBeAcceptedTwice() throws Exception {
        Path file = dir.resolve("ledger.db");
        MutableClock clock = new MutableClock(LocalDate.of(2026, 11, 2));
        long id;
        try (LedgerContext ctx = TestLedgers.create(file, clock)) {
            Desk desk = new Desk(ctx, clock);
            id = desk.receive("3-4", LocalDate.of(2026, 11, 19), "op-a", "共済 給付請求 見本", Map.of());
            desk.on(LocalDate.of(2026, 11, 25)).submit(id, "op-a");
            desk.on(LocalDate.of(2026, 11, 26)).approve(id, "op-c");
        }
        String ledger = file.toString();
        clock.set(LocalDate.of(2026, 12, 2));
        CliRunner leader = new CliRunner("leader", clock);
        Path issued = dir.resolve("11月.xlsx");
        assertEquals(
                0,
                leader.run("report", "monthly", "--ledger", ledger, "--month", "2026-11", "--out", issued.toString())
                        .code());

        CliRunner.Result operator = new CliRunner("op-a", clock)
                .run(
                        "report",
                        "accept",
                        "--ledger",
                        ledger,
                        "--month",
                        "2026-11",
                        "--file",
                        issued.toString(),
                        "--note",
                        "総務課 受理");
        assertEquals(1, operator.code(), operator.err());
        CliRunner.Result wrongMonth = leader.run(
                "report",
                "accept",
                "--ledger",
                ledger,
                "--month",
                "2026-10",
                "--file",
                issued.toString(),
                "--note",
                "x");
        assertEquals(1, wrongMonth.code(), wrongMonth.err());
        clock.set(LocalDate.of(2026, 12, 8));
        CliRunner.Result ok = leader.run(
                "report",
                "accept",
                "--ledger",
                ledger,
                "--month",
                "2026-11",
                "--file",
                issued.toString(),
                "--note",
                "令和8年12月8日 総務課 受理");
        assertEquals(0, ok.code(), ok.err());
        assertEquals(
                1,
                leader.run(
                                "report",
                                "accept",
                                "--ledger",
                                ledger,
                                "--month",
                                "2026-11",
                                "--file",
                                issued.toString(),
                                "--note",
                                "二度目")
                        .code());

        clock.set(LocalDate.of(2026, 12, 10));
        Path again = dir.resolve("11月-再出力.xlsx");
        CliRunner.Result r =
                leader.run("report", "monthly", "--ledger", ledger, "--month", "2026-11", "--out", again.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("受理した報告書をそのまま"), r.out());
        assertArrayEquals(Files.readAllBytes(issued), Files.readAllBytes(again));
        CliRunner.Result export = leader.run(
                "export", "--ledger", ledger, "--out", dir.resolve("台帳.xlsx").toString());
        assertEquals(0, export.code(), export.err());
        CliRunner.Result verified = leader.run("verify", "--ledger", ledger);
        assertEquals(0, verified.code(), verified.out() + verified.err());

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + ledger);
                Statement st = c.createStatement()) {
            st.execute("UPDATE accepted_month SET workbook = x'00'");
        }
        CliRunner.Result tampered = leader.run("verify", "--ledger", ledger);
        assertFalse(tampered.code() == 0, tampered.out());
        assertTrue((tampered.out() + tampered.err()).contains("受理済みの月次報告"), tampered.out() + tampered.err());
    }
}
