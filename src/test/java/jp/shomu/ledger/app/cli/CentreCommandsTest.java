package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fixed command-line contract of incident, improvement, meeting, deliverables and deliverable (issue 16). */
class CentreCommandsTest {
    @TempDir
    Path dir;

    Path ledger;
    private final CliRunner cli = new CliRunner("tester");

    @BeforeEach
    void init() {
        ledger = cli.init(dir);
        assertEquals(
                0,
                run("staff", "add", "--login", "op", "--employee-no", "2000001", "--name", "見本 太郎", "--role", "担当者")
                        .code());
    }

    private CliRunner.Result run(String... args) {
        return as(cli, args);
    }

    private CliRunner.Result as(CliRunner who, String... args) {
        return who.on(ledger, args);
    }

    @Test
    void anIncidentIsRecordedByAnyoneAndItsReportIsAnA4Workbook() throws Exception {
        CliRunner.Result added = as(
                new CliRunner("op"),
                "incident",
                "add",
                "--kind",
                "個人情報",
                "--occurred",
                "2027-04-12T09:05",
                "--summary",
                "通知書の誤送付(1件)");
        assertEquals(0, added.code(), added.err());
        String id = added.line();
        assertTrue(id.matches("\\d+"), id);
        assertTrue(run("incident", "list").out().contains("未報告(個人情報: 直ちに報告)"));
        assertEquals(
                0,
                run("incident", "notify", "--id", id, "--at", "2027-04-12 09:40")
                        .code());
        assertTrue(
                run("incident", "list").out().contains("(35分後)"),
                run("incident", "list").out());
        Path out = dir.resolve("事案.xlsx");
        CliRunner.Result r = run("incident", "report", "--id", id, "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(
                    org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE,
                    wb.getSheetAt(0).getPrintSetup().getPaperSize());
            assertEquals(
                    "緊急対応報告書(危機管理事案)", wb.getSheetAt(0).getRow(0).getCell(0).getStringCellValue());
        }
        CliRunner.Result badKind =
                run("incident", "add", "--kind", "地震", "--occurred", "2027-04-12T09:00", "--summary", "x");
        assertEquals(1, badKind.code());
        assertTrue(badKind.err().contains("事案の種類が分かりません"), badKind.err());
    }

    @Test
    void deliverablesAreListedByDueDateAndGoThroughTheSendBackCycle() {
        CliRunner.Result list = run("deliverables", "--fiscal-year", "2027");
        assertEquals(0, list.code(), list.err());
        List<String> lines = list.out().lines().toList();
        String april = lines.stream()
                .filter(l -> l.contains("\t月次業務実績報告書\t2027-04\t"))
                .findFirst()
                .orElseThrow();
        String[] cells = april.split("\t");
        assertEquals(5, cells.length);
        assertEquals("2027-05-12", cells[3]);
        assertEquals("未提出", cells[4]);
        List<String> dues = lines.stream().map(l -> l.split("\t")[3]).toList();
        assertEquals(dues.stream().sorted().toList(), dues, "ordered by due date");
        String december = lines.stream()
                .filter(l -> l.contains("\t2027-12\t"))
                .findFirst()
                .orElseThrow();
        assertEquals("2028-01-11", december.split("\t")[3], "12/29–1/3 closed and 成人の日");

        String id = cells[0];
        assertEquals(0, run("deliverable", "submit", "--id", id).code());
        CliRunner.Result noNote = run("deliverable", "return", "--id", id);
        assertEquals(1, noNote.code());
        assertEquals(
                0, run("deliverable", "return", "--id", id, "--note", "SLA表の訂正").code());
        assertTrue(run("deliverables", "--fiscal-year", "2027")
                .out()
                .contains(id + "\t月次業務実績報告書\t2027-04\t2027-05-12\t再提出依頼"));
        assertEquals(
                0, run("deliverable", "submit", "--id", id, "--note", "訂正版").code());
        CliRunner.Result accepted = run("deliverable", "accept", "--id", id);
        assertTrue(accepted.out().strip().endsWith("\t受理"), accepted.out());
        CliRunner.Result again = run("deliverable", "accept", "--id", id);
        assertEquals(1, again.code());
        assertEquals(4, run("deliverable", "history", "--id", id).out().lines().count());
        CliRunner.Result refused = as(new CliRunner("op"), "deliverable", "submit", "--id", id);
        assertEquals(1, refused.code());
        assertTrue(refused.err().contains("権限ではできません"), refused.err());
    }

    @Test
    void aMeetingPrintsItsIdAndTheMinutesDueDate() throws Exception {
        CliRunner.Result r = run("meeting", "add", "--held", "2029-04-26", "--attendees", "市 総務課、管理責任者");
        assertEquals(0, r.code(), r.err());
        String[] cells = r.line().split("\t");
        assertEquals(2, cells.length);
        assertEquals("2029-05-08", cells[1], "4/30 substitute holiday and Golden Week skipped");
        assertTrue(
                run("deliverables", "--fiscal-year", "2029").out().contains("\t月次定例会議事録\t2029-04-26\t2029-05-08\t未提出"));
        Path out = dir.resolve("資料.xlsx");
        assertEquals(
                0,
                run("meeting", "material", "--id", cells[0], "--out", out.toString())
                        .code());
        assertTrue(Files.size(out) > 0);
    }

    @Test
    void anImprovementIsAddedWithTheTypesItConcerns() throws Exception {
        CliRunner.Result r =
                run("improvement", "add", "--title", "証明書発行の様式統一", "--types", "2-6,2-7", "--minutes-per-year", "6000");
        assertEquals(0, r.code(), r.err());
        assertTrue(
                run("improvement", "list").out().contains(r.line() + "\t2027-04-12\t提案\t6000\t\t2-6,2-7\t証明書発行の様式統一"));
        assertEquals(
                1, run("improvement", "add", "--title", "x", "--types", "9-9").code());
        Path out = dir.resolve("改善.xlsx");
        assertEquals(
                0,
                run("improvement", "report", "--id", r.line(), "--out", out.toString())
                        .code());
        assertEquals(0, run("verify").code(), run("verify").err());
    }

    @Test
    void theMonthlyReportGainsASheetOfIncidentsImprovementsAndDeliverables() throws Exception {
        run("incident", "add", "--kind", "停電", "--occurred", "2027-04-09T14:00", "--summary", "庁舎の計画停電(1時間)");
        run("improvement", "add", "--title", "郵便の仕分け棚の配置換え", "--types", "6-1", "--minutes-per-year", "900");
        Path out = dir.resolve("月次.xlsx");
        CliRunner.Result r = run("report", "monthly", "--month", "2027-04", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        if (System.getProperty("centre.samples") != null) {
            Files.copy(
                    out,
                    Path.of(System.getProperty("centre.samples")).resolve("monthly.xlsx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            var sheet = wb.getSheet("危機管理・改善・提出物");
            StringBuilder all = new StringBuilder();
            sheet.forEach(row -> row.forEach(c -> all.append(c.toString()).append('\n')));
            assertTrue(all.toString().contains("庁舎の計画停電(1時間)"), all.toString());
            assertTrue(all.toString().contains("郵便の仕分け棚の配置換え"), all.toString());
            assertTrue(all.toString().contains("業務実施計画書"), "owed past its due date: " + all);
        }
    }

    @Test
    void theSlaAgreementIsRecordedOncePerYearWithTheCitysApproverAndMeasuresAgainstAMissedMonth() {
        CliRunner.Result r = run(
                "sla-agreement",
                "record",
                "--fiscal-year",
                "2027",
                "--items",
                "処理期限内処理率 100%以上",
                "--agreed",
                "2027-03-25",
                "--approver",
                "総務課長 見本 一子");
        assertEquals(0, r.code(), r.err());
        assertTrue(run("sla-agreement", "show", "--fiscal-year", "2027").out().startsWith("2027-03-25\t総務課長 見本 一子"));
        assertEquals(
                1,
                run(
                                "sla-agreement",
                                "record",
                                "--fiscal-year",
                                "2027",
                                "--items",
                                "x",
                                "--agreed",
                                "2027-03-26",
                                "--approver",
                                "y")
                        .code());
        assertEquals(
                0,
                run("sla-agreement", "measure", "--month", "2027-04", "--item", "処理期限内処理率", "--measure", "繁忙期の応援体制")
                        .code());
        assertTrue(run("sla-agreement", "measure", "--month", "2027-04").out().contains("\t処理期限内処理率\t繁忙期の応援体制\t"));
        assertEquals(0, run("verify").code());
    }
}
