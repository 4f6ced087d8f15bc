package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 従事者名簿: terms with effective dates, designation, training, badges, the workbook, and capacity. */
class PeopleRosterCommandsTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");

    @Test
    void termsWithEffectiveDatesDesignationTrainingAndBadgesMakeTheRosterAndTheCapacity() throws Exception {
        String l = dir.resolve("l.db").toString();
        assertEquals(0, cli.run("init", "--ledger", l).code());
        CliRunner.Result add = cli.run(
                "staff",
                "add",
                "--ledger",
                l,
                "--login",
                "hanako",
                "--employee-no",
                "10001",
                "--name",
                "架空 花子",
                "--role",
                "担当者",
                "--team",
                "給与");
        assertEquals(0, add.code(), add.err());
        // full time from April; a change to 6 h × 4 days entered ahead, from October; designated from July
        assertEquals(
                0,
                terms(l, "2026-04-01", "2026-04-01", "7.75", "5", "2-5", false).code());
        CliRunner.Result july = terms(l, "2026-07-01", "2026-04-01", "7.75", "5", "2-5", true);
        assertEquals(0, july.code(), july.err());
        assertEquals(
                0, terms(l, "2026-10-01", "2026-04-01", "6", "4", "2-5", true).code());
        // the same effective day again without the version is a conflict, not a silent overwrite
        assertEquals(
                3, terms(l, "2026-10-01", "2026-04-01", "6", "3", "2-5", true).code());
        assertEquals(
                1, terms(l, "2026-11-01", "2026-04-01", "6", "4", "9-9", false).code());

        assertEquals(
                "",
                cli.run("staff", "handlers", "--ledger", l, "--as-of", "2026-06-30")
                        .line());
        String handlers = cli.run("staff", "handlers", "--ledger", l, "--as-of", "2026-12-01")
                .line();
        assertEquals("10001\t架空 花子\t2026-07-01\ttester", handlers, "the designation keeps its first date");

        assertEquals(
                0,
                cli.run(
                                "staff",
                                "training",
                                "--ledger",
                                l,
                                "--login",
                                "hanako",
                                "--course",
                                "特定個人情報保護研修",
                                "--date",
                                "2026-04-10")
                        .code());
        assertEquals(
                1,
                cli.run(
                                "staff",
                                "badge",
                                "--ledger",
                                l,
                                "--login",
                                "hanako",
                                "--badge-no",
                                "B-7",
                                "--event",
                                "LOST",
                                "--date",
                                "2026-08-01")
                        .code(),
                "a lost badge needs its report date");
        assertEquals(
                0,
                cli.run(
                                "staff",
                                "badge",
                                "--ledger",
                                l,
                                "--login",
                                "hanako",
                                "--badge-no",
                                "B-7",
                                "--event",
                                "LOST",
                                "--date",
                                "2026-08-01",
                                "--reported",
                                "2026-08-02")
                        .code());

        Path xlsx = dir.resolve("roster.xlsx");
        CliRunner.Result r =
                cli.run("staff", "roster", "--ledger", l, "--out", xlsx.toString(), "--as-of", "2026-11-01");
        assertEquals(0, r.code(), r.err());
        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var sheet = wb.getSheet("従事者名簿");
            String row = rowText(sheet.getRow(3)) + rowText(sheet.getRow(4));
            assertTrue(row.contains("6時間/日・週4日"), row);
            assertTrue(row.contains("紛失"), row);
            assertTrue(row.contains("特定個人情報保護研修"), row);
            assertEquals(4, wb.getSheet("特定個人情報取扱者").getLastRowNum() + 1);
        }

        // capacity in the forecast follows the terms: June full time, October 6 h × 4/5
        List<String> lines = cli.run("forecast", "--ledger", l, "--fiscal-year", "2026")
                .out()
                .lines()
                .toList();
        assertEquals(
                "22",
                ""
                        + jp.shomu.ledger.domain.calendar.BusinessCalendar.standard()
                                .countBusinessDays(
                                        java.time.LocalDate.of(2026, 5, 31), java.time.LocalDate.of(2026, 6, 30)));
        assertTrue(lines.contains(line(lines, "2026-06", "2", "170.5")), String.join("\n", lines));
        assertTrue(
                lines.stream()
                        .filter(x -> x.startsWith("2026-06\t") && !x.startsWith("2026-06\t2\t"))
                        .allMatch(x -> x.endsWith("\t0.0\t0.0")),
                "all of her hours go to 大区分 2");
    }

    @Test
    void verifyNoticesATermsOrBadgeRowChangedOutsideTheApp() throws Exception {
        String l = dir.resolve("v.db").toString();
        cli.run("init", "--ledger", l);
        cli.run(
                "staff",
                "add",
                "--ledger",
                l,
                "--login",
                "taro",
                "--employee-no",
                "10002",
                "--name",
                "架空 太郎",
                "--role",
                "担当者",
                "--team",
                "人事");
        cli.run(
                "staff",
                "terms",
                "--ledger",
                l,
                "--login",
                "taro",
                "--effective",
                "2026-04-01",
                "--from",
                "2026-04-01",
                "--hours-per-day",
                "6");
        cli.run(
                "staff",
                "badge",
                "--ledger",
                l,
                "--login",
                "taro",
                "--badge-no",
                "B-1",
                "--event",
                "ISSUED",
                "--date",
                "2026-04-01");
        CliRunner.Result clean = cli.run("verify", "--ledger", l);
        assertEquals(0, clean.code(), clean.out() + clean.err());
        LedgerCommandsTest.sql(Path.of(l), "UPDATE staff_terms SET hours_per_day = 7.75");
        LedgerCommandsTest.sql(Path.of(l), "UPDATE staff_badge SET event = 'RETURNED'");
        CliRunner.Result r = cli.run("verify", "--ledger", l);
        assertEquals(2, r.code(), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("勤務条件"), r.out() + r.err());
        assertTrue((r.out() + r.err()).contains("身分証"), r.out() + r.err());
    }

    private static String line(List<String> lines, String month, String major, String available) {
        return lines.stream()
                .filter(x -> x.startsWith(month + "\t" + major + "\t"))
                .filter(x -> x.split("\t")[4].equals(available))
                .findFirst()
                .orElse("missing " + month + " " + major + " " + available);
    }

    private CliRunner.Result terms(
            String l, String effective, String from, String hours, String days, String types, boolean designated) {
        List<String> args = new java.util.ArrayList<>(List.of(
                "staff",
                "terms",
                "--ledger",
                l,
                "--login",
                "hanako",
                "--effective",
                effective,
                "--from",
                from,
                "--hours-per-day",
                hours,
                "--days-per-week",
                days,
                "--task-types",
                types));
        if (designated) {
            args.add("--designated");
        }
        return cli.run(args.toArray(String[]::new));
    }

    private static String rowText(org.apache.poi.ss.usermodel.Row row) {
        StringBuilder b = new StringBuilder();
        row.forEach(c -> b.append(c.getStringCellValue()).append('|'));
        return b.toString();
    }
}
