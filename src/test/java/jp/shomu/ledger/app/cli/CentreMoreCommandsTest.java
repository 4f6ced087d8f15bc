package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What issue 16 left: an incident's impact, deliverables added on a change, their due dates following a calendar
 * change, submit/accept on a day, and the SLA agreement taken from the approved targets.
 */
class CentreMoreCommandsTest {
    @TempDir
    Path dir;

    private Path ledger;
    private final CliRunner cli = new CliRunner("tester");

    @BeforeEach
    void init() {
        ledger = cli.init(dir);
    }

    private CliRunner.Result run(String... args) {
        return as(cli, args);
    }

    private CliRunner.Result as(CliRunner who, String... args) {
        return who.on(ledger, args);
    }

    private String ok(String... args) {
        CliRunner.Result r = run(args);
        assertEquals(0, r.code(), String.join(" ", args) + ": " + r.err());
        return r.out();
    }

    private String dueOf(String id) {
        return ok("deliverables")
                .lines()
                .filter(l -> l.startsWith(id + "\t"))
                .findFirst()
                .orElseThrow()
                .split("\t")[3];
    }

    private String idOf(String nameAndPeriod) {
        return ok("deliverables")
                .lines()
                .filter(l -> l.contains("\t" + nameAndPeriod + "\t"))
                .findFirst()
                .orElseThrow()
                .split("\t")[0];
    }

    @Test
    void anIncidentsImpactIsTheTaskTypesAndCasesItDelayedAndItsReportShowsThem() throws Exception {
        String caseId = ok("case", "add", "--type", "2-2", "--subject", "通勤手当 新規認定 見本花子")
                .strip();
        String id = ok("incident", "add", "--kind", "回線異常", "--occurred", "2027-04-12T09:05", "--summary", "庁内LANの断")
                .strip();
        CliRunner.Result unknownCase = run("incident", "impact", "--id", id, "--cases", "999");
        assertEquals(1, unknownCase.code());
        assertTrue(unknownCase.err().contains("案件がありません: [999]"), unknownCase.err());
        assertEquals(1, run("incident", "impact", "--id", id, "--types", "9-9").code());
        assertTrue(ok("incident", "impact", "--id", id, "--types", "2-2,2-6", "--cases", caseId)
                .contains("業務 2種類、案件 1件"));
        Path out = dir.resolve("事案.xlsx");
        ok("incident", "report", "--id", id, "--out", out.toString());
        StringBuilder all = new StringBuilder();
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            wb.getSheetAt(0).forEach(row -> row.forEach(c -> all.append(c).append('\n')));
        }
        assertTrue(all.toString().contains("遅延した業務: "), all.toString());
        assertTrue(all.toString().contains("遅延した案件: 1件(案件番号 " + caseId + ")"), all.toString());
        if (System.getProperty("centre.samples") != null) {
            Files.copy(
                    out,
                    Path.of(System.getProperty("centre.samples")).resolve("incident-impact.xlsx"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        assertTrue(ok("verify").startsWith("検査OK"));
    }

    @Test
    void aDeliverableAddedOnAChangeIsListedByItsDueDate() {
        String added =
                ok("deliverable", "add", "--name", "業務マニュアル(改訂)", "--business-days", "5", "--from", "2027-04-28");
        String[] cells = added.strip().split("\t");
        assertEquals("2027-05-11", cells[1], "昭和の日 and Golden Week skipped, the day of the change not counted");
        String named = ok("deliverable", "add", "--name", "従事者名簿(変更)", "--due", "2027-05-06");
        assertEquals("2027-05-06", named.strip().split("\t")[1]);
        String list = ok("deliverables", "--fiscal-year", "2027");
        assertTrue(list.contains(cells[0] + "\t業務マニュアル(改訂)\t2027-04-28\t2027-05-11\t未提出"), list);
        assertTrue(list.contains("\t従事者名簿(変更)\t2027-05-06\t2027-05-06\t未提出"), list);
        var dues = list.lines().map(l -> l.split("\t")[3]).toList();
        assertEquals(dues.stream().sorted().toList(), dues, "ordered by due date");
        assertEquals(
                1,
                run("deliverable", "add", "--name", "FAQ", "--due", "2027-05-06", "--business-days", "3")
                        .code());
        assertEquals(
                1,
                run("deliverable", "add", "--name", "FAQ", "--business-days", "3")
                        .code());
    }

    @Test
    void submittedAndAcceptedOnTheDaysGiven() {
        String id = idOf("月次業務実績報告書\t2027-04");
        assertEquals(
                1,
                run("deliverable", "submit", "--id", id, "--on", "2027-04-13").code(),
                "a future day");
        ok("deliverable", "submit", "--id", id, "--on", "2027-04-09");
        CliRunner.Result early = run("deliverable", "accept", "--id", id, "--on", "2027-04-08");
        assertEquals(1, early.code());
        assertTrue(early.err().contains("受理日が提出日(2027-04-09)より前です"), early.err());
        assertTrue(ok("deliverable", "accept", "--id", id, "--on", "2027-04-10")
                .strip()
                .endsWith("\t受理"));
    }

    @Test
    void aNewHolidayMovesTheDueDatesComputedInBusinessDaysButNotTheOnesTheCityNamed() {
        String april = idOf("月次業務実績報告書\t2027-04");
        String may = idOf("月次業務実績報告書\t2027-05");
        assertEquals("2027-05-12", dueOf(april));
        ok("deliverable", "due", "--id", may, "--date", "2027-06-07");
        String manual = ok("deliverable", "add", "--name", "業務フロー(改訂)", "--business-days", "5", "--from", "2027-06-01")
                .strip()
                .split("\t")[0];
        assertEquals("2027-06-08", dueOf(manual));
        String meeting = ok("meeting", "add", "--held", "2027-05-31").strip();
        assertEquals("2027-06-07", meeting.split("\t")[1]);

        CliRunner.Result may7 = run("calendar", "override", "--date", "2027-05-07", "--name", "臨時休業");
        assertEquals(0, may7.code(), may7.err());
        assertTrue(
                may7.err().contains("提出物の期日を変更しました: " + april + " 月次業務実績報告書 2027-04 2027-05-12 → 2027-05-13"),
                may7.err());
        assertEquals("2027-05-13", dueOf(april), "one business day later");

        CliRunner.Result june2 = run("calendar", "override", "--date", "2027-06-02", "--name", "臨時休業");
        assertEquals(0, june2.code(), june2.err());
        assertEquals("2027-06-07", dueOf(may), "the date the city named is kept");
        assertEquals("2027-06-09", dueOf(manual), "the rule kept with it follows the calendar");
        assertTrue(ok("meeting", "list").contains("2027-05-31\t2027-06-08"), "the meeting's minutes due date too");
        assertTrue(ok("deliverable", "history", "--id", april).contains("期日再計算"));

        ok("calendar", "override", "--date", "2027-05-07", "--clear");
        assertEquals("2027-05-12", dueOf(april), "and back when the day is a business day again");
        String verified = ok("verify");
        assertTrue(verified.startsWith("検査OK"), verified);
    }

    @Test
    void anImportedHolidayListMovesTheDueDatesToo() throws Exception {
        String april = idOf("月次業務実績報告書\t2027-04");
        StringBuilder rows = new StringBuilder("国民の祝日・休日月日,国民の祝日・休日名称\r\n");
        ok("calendar", "holidays", "2027")
                .lines()
                .forEach(
                        l -> rows.append(l.replace('-', '/').replace("\t", ",")).append("\r\n"));
        rows.append("2027/5/7,休日\r\n");
        Path csv = dir.resolve("syukujitsu.csv");
        Files.writeString(csv, rows);
        CliRunner.Result imported = run("calendar", "import-holidays", "--csv", csv.toString());
        assertEquals(0, imported.code(), imported.err());
        assertTrue(imported.err().contains("2027-05-12 → 2027-05-13"), imported.err());
        assertEquals("2027-05-13", dueOf(april));
        assertTrue(ok("verify").startsWith("検査OK"));
    }

    @Test
    void theSlaAgreementTakesTheApprovedTargetsAndShowsWhenTheyChangedSince() {
        ok("staff", "add", "--login", "leader2", "--employee-no", "1000009", "--name", "架空 主任", "--role", "業務責任者");
        CliRunner leader2 = new CliRunner("leader2");
        ok("sla", "propose", "--from", "2027-04", "--item", "ON_TIME_RATE=99.5", "--item", "ACCURACY=99");
        assertEquals(0, as(leader2, "sla", "approve", "--id", "1").code());
        String id = ok(
                        "sla-agreement",
                        "agree",
                        "--fiscal-year",
                        "2027",
                        "--agreed",
                        "2027-04-12",
                        "--approver",
                        "総務課長 見本 一子")
                .strip();
        assertTrue(id.matches("\\d+"), id);
        String shown = ok("sla-agreement", "show", "--fiscal-year", "2027");
        assertTrue(shown.startsWith("2027-04-12\t総務課長 見本 一子"), shown);
        assertTrue(shown.contains("99.5"), shown);
        assertFalse(shown.contains("注意"), shown);

        ok("sla", "propose", "--from", "2027-06", "--item", "ON_TIME_RATE=100", "--item", "ACCURACY=99");
        assertEquals(0, as(leader2, "sla", "approve", "--id", "2").code());
        shown = ok("sla-agreement", "show", "--fiscal-year", "2027");
        assertTrue(shown.contains("注意: 合意後に承認された SLA 目標が変わりました(合意時 第1版 → 現在 第1版・第2版)"), shown);
        assertTrue(ok("verify").startsWith("検査OK"));
    }
}
