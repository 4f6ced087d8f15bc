package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import jp.shomu.ledger.report.TextFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** calendar holidays / add-business-days, and importing the Cabinet Office list into a ledger. */
class CalendarCommandsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");

    @Test
    void holidaysArePrintedOnePerLineWithTabAndName() {
        CliRunner.Result r = cli.run("calendar", "holidays", "2027");
        assertEquals(0, r.code());
        List<String> lines = r.out().lines().toList();
        assertEquals(17, lines.size(), r.out());
        assertEquals("2027-01-01\t元日", lines.get(0));
        assertTrue(lines.contains("2027-03-22\t休日"), "振替休日 for 春分の日 on Sunday");
        assertEquals("2027-11-23\t勤労感謝の日", lines.get(lines.size() - 1));
    }

    @Test
    void addBusinessDaysSkipsGoldenWeekYearEndAndSubstituteHolidays() {
        assertEquals(
                "2027-05-06",
                cli.run("calendar", "add-business-days", "2027-04-30", "1").line());
        assertEquals(
                "2027-01-04",
                cli.run("calendar", "add-business-days", "2026-12-28", "1").line());
        assertEquals(
                "2027-03-23",
                cli.run("calendar", "add-business-days", "R9.3.19", "1").line());
        assertEquals(
                "2026-12-28",
                cli.run("calendar", "add-business-days", "2027-01-04", "-1").line());
    }

    @Test
    void badArgumentsExitOne() {
        assertEquals(1, cli.run("calendar", "holidays", "1900").code());
        assertEquals(
                1, cli.run("calendar", "add-business-days", "2027-02-30", "1").code());
        assertEquals(
                1, cli.run("calendar", "add-business-days", "2027-02-01", "x").code());
    }

    @Test
    void anImportedOfficialListOverridesTheRulesForItsYears() throws Exception {
        Path ledger = dir.resolve("l.db");
        assertEquals(0, cli.run("init", "--ledger", ledger.toString()).code());
        Path csv = dir.resolve("syukujitsu.csv");
        StringBuilder rows = new StringBuilder("国民の祝日・休日月日,国民の祝日・休日名称\r\n");
        cli.run("calendar", "holidays", "2030")
                .out()
                .lines()
                .filter(l -> !l.startsWith("2030-11-23"))
                .forEach(
                        l -> rows.append(l.replace('-', '/').replace("\t", ",")).append("\r\n"));
        rows.append("2030/5/7,休日\r\n");
        Files.write(csv, rows.toString().getBytes(TextFiles.CP932));
        CliRunner.Result imported =
                cli.run("calendar", "import-holidays", "--ledger", ledger.toString(), "--csv", csv.toString());
        assertEquals(0, imported.code(), imported.err());
        String withOverrides = cli.run("calendar", "holidays", "2030", "--ledger", ledger.toString())
                .out();
        assertTrue(withOverrides.contains("2030-05-07\t休日"), withOverrides);
        assertTrue(!withOverrides.contains("2030-11-23"), withOverrides);
        assertEquals(
                "2030-05-08",
                cli.run("calendar", "add-business-days", "2030-05-02", "1", "--ledger", ledger.toString())
                        .line());
    }

    @Test
    void aMalformedRowIsNamedAndNothingIsImported() throws Exception {
        Path ledger = dir.resolve("l.db");
        cli.run("init", "--ledger", ledger.toString());
        Path csv = dir.resolve("bad.csv");
        Files.writeString(csv, "国民の祝日・休日月日,国民の祝日・休日名称\n2030/1/1,元日\n2030/13/40,存在しない日\n");
        CliRunner.Result r =
                cli.run("calendar", "import-holidays", "--ledger", ledger.toString(), "--csv", csv.toString());
        assertEquals(1, r.code());
        assertTrue(r.err().contains("3 行目"), r.err());
        assertEquals(
                cli.run("calendar", "holidays", "2030").out(),
                cli.run("calendar", "holidays", "2030", "--ledger", ledger.toString())
                        .out());
    }
}
