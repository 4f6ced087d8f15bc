package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 4-2 from the command line: budget lines, the financial system's CSV (errors by row and column, all or nothing), the sheet. */
class BudgetCommandTest extends NewLedgerCliTest {
    static final String HEADER = "会計年度,支出命令番号,支出日,予算科目コード,予算科目名,所属コード,所属名,金額,摘要\n";

    @BeforeEach
    void init() {
        line("0211-01", "郵便料", "総務課", "1200000");
        line("0211-02", "複合機使用料", "総務課", "600000");
        line("0211-01", "郵便料", "人事課", "300000");
        ok("budget", "spend", "--month", "2027-04", "--code", "0211-01", "--department", "総務課", "--amount", "100000");
    }

    /** A 2027 budget line (科目コード, 科目名, 所属, 予算額) entered with {@code budget line}. */
    private void line(String code, String name, String department, String budget) {
        ok(
                "budget",
                "line",
                "--year",
                "2027",
                "--code",
                code,
                "--name",
                name,
                "--department",
                department,
                "--budget",
                budget);
    }

    private Path csv(String name, String text, Charset charset, boolean bom) throws Exception {
        Path f = dir.resolve(name);
        byte[] body = (HEADER + text).getBytes(charset);
        try (OutputStream o = Files.newOutputStream(f)) {
            if (bom) {
                o.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            o.write(body);
        }
        return f;
    }

    static final String MAY = "2027,R9-0001,2027-05-10,0211-01,郵便料,101,総務課,\"70,000\",5月分\n"
            + "2027,R9-0002,2027/5/20,0211-01,郵便料,101,総務課,50000,5月分追加\n"
            + "2027,R9-0003,2027-05-25,0211-01,郵便料,102,人事課,100000,\n";

    @Test
    void theCsvIsAddedUpByLineAndMonthInAnyOfTheThreeEncodings() throws Exception {
        for (Path f : new Path[] {
            csv("utf8.csv", MAY, StandardCharsets.UTF_8, false),
            csv("bom.csv", MAY, StandardCharsets.UTF_8, true),
            csv("sjis.csv", MAY, Charset.forName("windows-31j"), false)
        }) {
            assertTrue(ok("budget", "import-csv", "--file", f.toString()).contains("支払 3 件"), f.toString());
            // taken in again, the month's sums are the same: nothing doubles
            assertEquals(
                    "0211-01\t郵便料\t総務課\t1200000\t120000\t220000\t980000\t18.3\n"
                            + "0211-01\t郵便料\t人事課\t300000\t100000\t100000\t200000\t33.3\n"
                            + "0211-02\t複合機使用料\t総務課\t600000\t0\t0\t600000\t0.0\n",
                    ok("budget", "list", "--month", "2027-05"),
                    f.toString());
        }
        assertEquals(
                "人事課\t300000\t100000\t100000\t200000\t33.3\n総務課\t1800000\t120000\t220000\t1580000\t12.2\n",
                ok("budget", "departments", "--month", "2027-05"));
        assertEquals(0, run("verify").code());
    }

    @Test
    void rowErrorsNameRowAndColumnAndNothingIsHalfImported() throws Exception {
        CliRunner.Result bad = run(
                "budget",
                "import-csv",
                "--file",
                csv(
                                "bad.csv",
                                "2027,R9-0001,2027-05-10,0211-01,郵便料,101,総務課,70000,\n"
                                        + "2027,R9-0002,2027-05-32,0211-01,郵便料,101,総務課,五万,\n",
                                StandardCharsets.UTF_8,
                                false)
                        .toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("行 3 列 C: 支出日は"), bad.err());
        assertTrue(bad.err().contains("行 3 列 H: 金額は円単位の整数"), bad.err());

        CliRunner.Result unknown = run(
                "budget",
                "import-csv",
                "--file",
                csv(
                                "unknown.csv",
                                "2027,R9-0001,2027-05-10,0211-01,郵便料,101,総務課,70000,\n"
                                        + "2027,R9-0002,2027-05-11,0211-01,郵便料,103,会計課,5000,\n",
                                StandardCharsets.UTF_8,
                                false)
                        .toString());
        assertEquals(1, unknown.code());
        assertTrue(unknown.err().contains("行 3 列 D: 予算科目 0211-01(会計課、2027年度)は登録されていません"), unknown.err());
        assertTrue(
                ok("budget", "list", "--month", "2027-05").startsWith("0211-01\t郵便料\t総務課\t1200000\t0\t"),
                "the good row was not kept");

        Files.writeString(dir.resolve("header.csv"), "年度,日付,金額\n2027,2027-05-01,1\n");
        CliRunner.Result header =
                run("budget", "import-csv", "--file", dir.resolve("header.csv").toString());
        assertEquals(1, header.code());
        assertTrue(header.err().contains("行 1 列 D: 見出しに「会計年度」がありません"), header.err());
    }

    @Test
    void theSheetGoesOutOnA4AndItsMonthComesBack() throws Exception {
        Path out = dir.resolve("執行実績.xlsx");
        ok("budget", "export", "--month", "2027-04", "--out", out.toString());
        Path edited = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(
                    org.apache.poi.ss.usermodel.PrintSetup.A4_PAPERSIZE,
                    s.getPrintSetup().getPaperSize());
            assertEquals("0211-01", s.getRow(4).getCell(0).getStringCellValue());
            assertEquals(100_000, s.getRow(4).getCell(5).getNumericCellValue());
            assertEquals(8.3, s.getRow(4).getCell(8).getNumericCellValue(), 1e-9, "100,000 ÷ 1,200,000");
            assertEquals("合計", s.getRow(7).getCell(0).getStringCellValue());
            assertEquals(2_100_000, s.getRow(7).getCell(3).getNumericCellValue());
            s.getRow(5).getCell(5).setCellValue(30_000); // 人事課's April
            try (OutputStream o = Files.newOutputStream(edited)) {
                wb.write(o);
            }
        }
        assertTrue(ok("budget", "import", "--file", edited.toString()).contains("3 行"));
        assertTrue(ok("budget", "list", "--month", "2027-04").contains("人事課\t300000\t30000\t30000\t270000\t10.0"));
        assertEquals(0, run("verify").code());
    }

    @Test
    void aLinesBudgetAndNameAreChangedAgainstTheVersionReadAndAStaleOneIsRefused() {
        assertEquals(
                "0211-01\t郵便料\t人事課\t300000\t1\n0211-01\t郵便料\t総務課\t1200000\t1\n" + "0211-02\t複合機使用料\t総務課\t600000\t1\n",
                ok("budget", "lines", "--year", "2027").replace("\r", ""));
        String[] change = {
            "budget",
            "change-line",
            "--year",
            "2027",
            "--code",
            "0211-01",
            "--department",
            "総務課",
            "--version",
            "1",
            "--budget",
            "1000000",
            "--name",
            "郵便料(補正後)"
        };
        assertTrue(ok(change).contains("版 2"));
        // 100,000 ÷ 1,000,000 = 10.0%
        assertTrue(ok("budget", "list", "--month", "2027-04")
                .contains("0211-01\t郵便料(補正後)\t総務課\t1000000\t100000\t100000\t900000\t10.0"));
        CliRunner.Result stale = run(change);
        assertEquals(3, stale.code(), "someone changed it first: refused, never overwritten");
        assertTrue(stale.err().contains("他の人が先に更新しました"), stale.err());
        assertEquals(
                1,
                run(
                                "budget",
                                "change-line",
                                "--year",
                                "2027",
                                "--code",
                                "0211-01",
                                "--department",
                                "総務課",
                                "--version",
                                "2",
                                "--budget",
                                "-1")
                        .code());
        assertEquals(
                1,
                run(
                                "budget",
                                "change-line",
                                "--year",
                                "2027",
                                "--code",
                                "0299-99",
                                "--department",
                                "総務課",
                                "--version",
                                "1",
                                "--budget",
                                "1")
                        .code());
        assertEquals(0, run("verify").code());
    }
}
