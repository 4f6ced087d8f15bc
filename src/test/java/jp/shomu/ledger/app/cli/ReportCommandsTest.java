package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command-line contract of report, export, import and sla: files written, exit codes, Japanese messages. */
class ReportCommandsTest {
    @TempDir
    Path dir;

    Path ledger;
    private final CliRunner cli = new CliRunner("tester");

    @BeforeEach
    void init() {
        ledger = cli.init(dir);
        assertEquals(
                0,
                cli.run(
                                "case",
                                "add",
                                "--ledger",
                                ledger.toString(),
                                "--type",
                                "2-2",
                                "--subject",
                                "通勤手当 見本",
                                "--field",
                                "受付日=令和9年4月1日")
                        .code());
    }

    private CliRunner.Result run(String... args) {
        String[] withLedger = new String[args.length + 2];
        System.arraycopy(args, 0, withLedger, 0, args.length);
        withLedger[args.length] = "--ledger";
        withLedger[args.length + 1] = ledger.toString();
        return cli.run(withLedger);
    }

    @Test
    void reportMonthlyWritesTheWorkbookAndSummarisesTheSla() throws Exception {
        Path out = dir.resolve("月次報告.xlsx");
        CliRunner.Result r = run("report", "monthly", "--month", "2027-04", "--out", out.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("令和9年4月分 の月次業務実績報告書を作成しました"), r.out());
        assertTrue(r.out().contains("受付 1件、完了 0件、月末未完了 1件"), r.out());
        assertTrue(r.out().contains("処理期限内処理率\t目標 100%以上\t実績 該当なし(0件)\t該当なし"), r.out());
        assertTrue(r.out().contains("暫定値"), r.out());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals("表紙・概要", wb.getSheetName(0));
        }
    }

    @Test
    void aMonthNotWrittenYYYYMMOrNotBegunIsRefused() {
        CliRunner.Result bad = run(
                "report",
                "monthly",
                "--month",
                "2027/4",
                "--out",
                dir.resolve("a.xlsx").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("YYYY-MM"), bad.err());
        CliRunner.Result future = run(
                "report",
                "monthly",
                "--month",
                "2027-05",
                "--out",
                dir.resolve("a.xlsx").toString());
        assertEquals(1, future.code());
        assertTrue(future.err().contains("2027年5月はまだ始まっていません"), future.err());
        assertEquals(
                1,
                run(
                                "report",
                                "monthly",
                                "--month",
                                "2027-04",
                                "--out",
                                dir.resolve("a.pdf").toString())
                        .code());
    }

    @Test
    void exportWritesExcelOrCsvFiles() {
        CliRunner.Result x = run("export", "--out", dir.resolve("all.xlsx").toString());
        assertEquals(0, x.code(), x.err());
        assertTrue(x.out().contains("case_file\t1"), x.out());
        CliRunner.Result c = run(
                "export",
                "--format",
                "csv",
                "--encoding",
                "cp932",
                "--out",
                dir.resolve("csv").toString());
        assertEquals(0, c.code(), c.err());
        assertTrue(Files.exists(dir.resolve("csv").resolve("case_file.csv")));
        assertEquals(
                1, run("export", "--out", dir.resolve("all.csv").toString()).code());
    }

    @Test
    void importOfAFileWithOneBadRowNamesItAndImportsNothing() {
        Path bad = dir.resolve("bad.csv");
        assertEquals(
                0,
                cli.run(
                                "import",
                                "example",
                                "--type",
                                "2-2",
                                "--rows",
                                "30",
                                "--bad-row",
                                "12",
                                "--out",
                                bad.toString())
                        .code());
        CliRunner.Result dry = run("import", "cases", "--file", bad.toString(), "--dry-run");
        assertEquals(1, dry.code());
        assertTrue(dry.err().contains("12行目「受付日」: 「令和8年2月30日」は存在しない日付です"), dry.err());
        CliRunner.Result real = run("import", "cases", "--file", bad.toString());
        assertEquals(1, real.code());
        assertTrue(real.err().contains("1行でも誤りがあると何も取り込みません"), real.err());
        assertEquals(1, run("case", "list").out().strip().split("\n").length);

        Path good = dir.resolve("good.csv");
        cli.run("import", "example", "--type", "2-2", "--rows", "30", "--encoding", "cp932", "--out", good.toString());
        CliRunner.Result ok = run("import", "cases", "--file", good.toString());
        assertEquals(0, ok.code(), ok.err());
        assertTrue(ok.out().contains("30 件を取り込みました"), ok.out());
        assertEquals(31, run("case", "list").out().strip().split("\n").length);
    }

    @Test
    void theTemplateAndTheMappingsAreThereToStartFrom() throws Exception {
        Path t = dir.resolve("template.xlsx");
        assertEquals(
                0,
                cli.run("import", "template", "--type", "3-4", "--out", t.toString())
                        .code());
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(t))) {
            assertEquals("中区分", wb.getSheet("取込み").getRow(0).getCell(0).getStringCellValue());
        }
        CliRunner.Result list = run("import", "mapping", "list");
        assertTrue(list.out().startsWith("標準\t") && list.out().contains("LoGoフォーム 通勤手当"), list.out());
        assertTrue(run("import", "mapping", "show", "--name", "kintone 証明書申請")
                .out()
                .contains("\"証明書の種類\""));
    }

    @Test
    void slaTargetsAreProposedByOneLeaderApprovedByAnotherAndShownForAMonth() {
        assertEquals(
                0,
                run(
                                "staff",
                                "add",
                                "--login",
                                "leader2",
                                "--employee-no",
                                "1000009",
                                "--name",
                                "架空 主任",
                                "--role",
                                "業務責任者")
                        .code());
        CliRunner.Result proposed = run(
                "sla",
                "propose",
                "--from",
                "2027-04",
                "--item",
                "ON_TIME_RATE=99.5",
                "--item",
                "差戻し率=10:差戻し率(参考)",
                "--summary",
                "見直し");
        assertEquals(0, proposed.code(), proposed.err());
        assertTrue(proposed.out().contains("sla approve --id 1"), proposed.out());
        assertTrue(run("sla", "show", "--month", "2027-04").out().contains("既定値"), "not in force before approval");
        assertEquals(1, run("sla", "approve", "--id", "1").code(), "the proposer may not approve");
        CliRunner leader2 = new CliRunner("leader2");
        CliRunner.Result approved = leader2.run("sla", "approve", "--id", "1", "--ledger", ledger.toString());
        assertEquals(0, approved.code(), approved.err());
        CliRunner.Result show = run("sla", "show", "--month", "2027-04");
        assertTrue(
                show.out().contains("第1版")
                        && show.out().contains("ON_TIME_RATE\t処理期限内処理率\t99.5%以上")
                        && show.out().contains("SEND_BACK_RATE\t差戻し率(参考)\t10%以下"),
                show.out());
        assertTrue(run("sla", "show", "--month", "2027-03").out().contains("既定値"));
        assertEquals(
                1,
                run("sla", "propose", "--from", "2027-04", "--item", "ACCURACY=120")
                        .code());
        assertEquals(
                1,
                run("sla", "propose", "--from", "2027-02", "--item", "ACCURACY=99")
                        .code(),
                "before last month");
    }
}
