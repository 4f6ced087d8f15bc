package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** 6-1 from the command line: the register, the count, the postage, the sheet out and back in. */
class StampCommandTest extends NewLedgerCliTest {
    @BeforeEach
    void init() {
        ok("stamp", "receive", "--month", "2027-03", "--denomination", "110", "--quantity", "100");
        ok("stamp", "receive", "--month", "2027-03", "--denomination", "85", "--quantity", "50");
        ok("stamp", "issue", "--month", "2027-03", "--department", "総務課", "--denomination", "110", "--quantity", "30");
        ok("stamp", "issue", "--month", "2027-03", "--department", "人事課", "--denomination", "85", "--quantity", "10");
        ok("stamp", "postage", "--month", "2027-03", "--department", "総務課", "--amount", "12340", "--pieces", "100");
    }

    @Test
    void theRegisterShowsBalancesAndFlagsWhatIsNotReconciled() {
        ok("stamp", "count", "--month", "2027-03", "--denomination", "110", "--counted", "70");
        ok("stamp", "count", "--month", "2027-03", "--denomination", "85", "--counted", "39");
        assertEquals(
                "110\t0\t100\t30\t70\t70\t0\n85\t0\t50\t10\t40\t39\t-1\t要確認\n",
                ok("stamp", "list", "--month", "2027-03"));
        assertEquals(
                "人事課\t850\t0\t0\t850\n総務課\t3300\t12340\t100\t15640\n",
                ok("stamp", "departments", "--month", "2027-03"));
        CliRunner.Result tooMany = run(
                "stamp",
                "issue",
                "--month",
                "2027-04",
                "--department",
                "総務課",
                "--denomination",
                "110",
                "--quantity",
                "71");
        assertEquals(1, tooMany.code());
        assertTrue(tooMany.err().contains("残高(2027-04末 70枚)"), tooMany.err());
        assertEquals(
                1,
                run("stamp", "receive", "--month", "2027-03", "--denomination", "110", "--quantity", "-1")
                        .code());
        assertEquals(0, run("verify").code());
    }

    @Test
    void theSheetComesBackWithTheCountsAndPostageAndABadRowTakesNothing() throws Exception {
        Path out = dir.resolve("切手.xlsx");
        ok("stamp", "export", "--month", "2027-03", "--out", out.toString());
        Path edited = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals("額面(円)", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals(110, s.getRow(4).getCell(0).getNumericCellValue());
            assertEquals("要確認", s.getRow(4).getCell(8).getStringCellValue(), "not counted yet");
            s.getRow(4).getCell(5).setCellValue(70); // the count of 110
            s.getRow(5).getCell(5).setCellValue(40); // and of 85
            // rows 7: 合計, 8: blank, 9: heading, 10: headers, 11: 人事課, 12: 総務課
            assertEquals("人事課", s.getRow(10).getCell(0).getStringCellValue());
            s.getRow(10).getCell(2).setCellValue(4_000);
            s.getRow(10).getCell(3).setCellValue(30);
            try (OutputStream o = Files.newOutputStream(edited)) {
                wb.write(o);
            }
            s.getRow(11).getCell(3).setCellValue("百");
            try (OutputStream o = Files.newOutputStream(dir.resolve("bad.xlsx"))) {
                wb.write(o);
            }
        }
        CliRunner.Result bad =
                run("stamp", "import", "--file", dir.resolve("bad.xlsx").toString());
        assertEquals(1, bad.code());
        assertTrue(bad.err().contains("行 12 列 D: 通数は0以上の整数"), bad.err());
        assertTrue(ok("stamp", "list", "--month", "2027-03").contains("要確認"), "nothing taken in");

        assertTrue(ok("stamp", "import", "--file", edited.toString()).contains("実査 2 件、後納料金 1 所属"));
        assertEquals(
                "110\t0\t100\t30\t70\t70\t0\n85\t0\t50\t10\t40\t40\t0\n", ok("stamp", "list", "--month", "2027-03"));
        assertTrue(ok("stamp", "departments", "--month", "2027-03").startsWith("人事課\t850\t4000\t30\t4850\n"));
        assertEquals(0, run("verify").code());
    }
}
