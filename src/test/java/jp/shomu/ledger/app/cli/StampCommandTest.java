package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
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

    /** Every cell of the sheet as Excel shows it, row by row from row 1 (formulas calculated, as Excel does). */
    private static List<List<String>> cells(Path file) throws Exception {
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            var evaluator = wb.getCreationHelper().createFormulaEvaluator();
            DataFormatter shown = new DataFormatter(java.util.Locale.JAPAN);
            List<List<String>> rows = new ArrayList<>();
            for (Row r : wb.getSheetAt(0)) {
                while (rows.size() < r.getRowNum()) {
                    rows.add(List.of()); // a blank row
                }
                List<String> row = new ArrayList<>();
                r.forEach(c -> row.add(shown.formatCellValue(c, evaluator)));
                rows.add(row);
            }
            return rows;
        }
    }

    /** Edits the sheet as Excel would (the worked-out cells calculated again) into {@code to}. */
    private static void edit(Path from, Path to, java.util.function.Consumer<Sheet> edits) throws Exception {
        try (InputStream in = Files.newInputStream(from);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            edits.accept(wb.getSheetAt(0));
            wb.getCreationHelper().createFormulaEvaluator().evaluateAll();
            try (OutputStream o = Files.newOutputStream(to)) {
                wb.write(o);
            }
        }
    }

    @Test
    void theSheetComesBackWholeAndTheSameSheetChangesNothing() throws Exception {
        ok("stamp", "count", "--month", "2027-03", "--denomination", "110", "--counted", "70");
        Path out = dir.resolve("切手.xlsx");
        ok("stamp", "export", "--month", "2027-03", "--out", out.toString());
        List<List<String>> sheet = cells(out);
        // rows as Excel numbers them, less one: 3: headers, 4: 110, 5: 85, 6: 合計; 9: headers of the issues,
        // 10: 人事課 85, 11: 総務課 110, 12: 合計; 15: headers of the postage, 16: 人事課, 17: 総務課, 18: 合計
        assertEquals(List.of("110", "0", "100", "30", "70", "70", "0", "7,700", ""), sheet.get(4));
        assertEquals(List.of("85", "0", "50", "10", "40", "", "", "3,400", "要確認"), sheet.get(5));
        assertEquals(List.of("払出先の所属", "額面(円)", "枚数", "金額(円)"), sheet.get(9));
        assertEquals(List.of("人事課", "85", "10", "850"), sheet.get(10));
        assertEquals(List.of("総務課", "110", "30", "3,300"), sheet.get(11));
        assertEquals(List.of("総務課", "3,300", "12,340", "100", "15,640"), sheet.get(17));
        assertEquals(List.of("合計", "4,150", "12,340", "100", "16,490"), sheet.get(18));

        // the same sheet back: nothing to take in, nothing written, the same rows out again
        assertTrue(ok("stamp", "import", "--file", out.toString()).contains("受入 0 件、払出 0 件、実査 0 件、後納料金 0 所属"));
        Path again = dir.resolve("again.xlsx");
        ok("stamp", "export", "--month", "2027-03", "--out", again.toString());
        assertEquals(sheet, cells(again));

        // edited as Excel would: 50 more 110円 received, 10 more issued to 総務課, 85円 counted, 人事課's postage
        Path edited = dir.resolve("edited.xlsx");
        edit(out, edited, s -> {
            s.getRow(4).getCell(2).setCellValue(150);
            s.getRow(4).getCell(5).setCellValue(110);
            s.getRow(5).getCell(5).setCellValue(39);
            s.getRow(11).getCell(2).setCellValue(40);
            s.getRow(16).getCell(2).setCellValue(4_000);
            s.getRow(16).getCell(3).setCellValue(30);
        });
        assertEquals(
                "取り込みました(受入 1 件、払出 1 件、実査 2 件、後納料金 1 所属)",
                ok("stamp", "import", "--file", edited.toString()).strip());
        // 110: 0 + 150 − 40 = 110, counted 110; 85: 40, counted 39 (差異 −1, 要確認)
        assertEquals(
                "110\t0\t150\t40\t110\t110\t0\n85\t0\t50\t10\t40\t39\t-1\t要確認\n",
                ok("stamp", "list", "--month", "2027-03"));
        assertEquals(
                "人事課\t850\t4000\t30\t4850\n総務課\t4400\t12340\t100\t16740\n",
                ok("stamp", "departments", "--month", "2027-03"));
        Path after = dir.resolve("after.xlsx");
        ok("stamp", "export", "--month", "2027-03", "--out", after.toString());
        assertEquals(cells(edited), cells(after), "the ledger's sheet is the sheet taken in");
        assertEquals(0, run("verify").code());
    }

    @Test
    void aSheetThatDoesNotAddUpOrTakesLinesAwayIsRefusedWholeWithItsRows() throws Exception {
        Path out = dir.resolve("切手.xlsx");
        ok("stamp", "export", "--month", "2027-03", "--out", out.toString());
        Path bad = dir.resolve("bad.xlsx");
        edit(out, bad, s -> {
            s.getRow(4).getCell(5).setCellValue(70); // a good count, not taken in either
            s.getRow(4).getCell(1).setCellValue(5); // 前月繰越 is not the book's
            s.getRow(5).getCell(4).removeFormula(); // 帳簿残高 typed over its formula
            s.getRow(5).getCell(4).setCellValue(41);
            s.getRow(10).getCell(2).setCellValue(5); // fewer issued to 人事課 than the register holds (85円: 45 left)
            s.getRow(17).getCell(3).setCellValue("百"); // 通数 not a number
        });
        CliRunner.Result refused = run("stamp", "import", "--file", bad.toString());
        assertEquals(1, refused.code());
        String err = refused.err();
        assertTrue(err.contains("行 18 列 D: 通数は0以上の整数"), err);
        assertTrue(err.contains("行 6 列 E: 帳簿残高は 前月繰越 + 受入 − 払出 = 45 です(「41」)"), err);
        assertTrue(err.contains("行 5 列 B: 前月繰越 5 枚が 2027-02 末の帳簿残高 0 枚と違います"), err);
        assertTrue(err.contains("行 11 列 C: 枚数 5 枚は記帳済みの 10 枚より少なくなっています"), err);
        assertTrue(err.contains("誤りが 5 件あります。1件でも誤りがあると何も取り込みません"), err);
        assertEquals(
                "110\t0\t100\t30\t70\t\t0\t要確認\n85\t0\t50\t10\t40\t\t0\t要確認\n",
                ok("stamp", "list", "--month", "2027-03"),
                "nothing taken in");

        Path fewer = dir.resolve("fewer.xlsx");
        edit(out, fewer, s -> s.getRow(10).getCell(2).setCellValue(5));
        CliRunner.Result less = run("stamp", "import", "--file", fewer.toString());
        assertEquals(1, less.code());
        assertTrue(less.err().contains("行 11 列 C: 枚数 5 枚は記帳済みの 10 枚より少なくなっています"), less.err());

        Path tooMany = dir.resolve("too-many.xlsx");
        edit(out, tooMany, s -> s.getRow(11).getCell(2).setCellValue(101)); // 総務課 110円: only 100 received
        CliRunner.Result over = run("stamp", "import", "--file", tooMany.toString());
        assertEquals(1, over.code());
        assertTrue(over.err().contains("行 12 列 C: 110円切手の残高"), over.err());
        assertEquals(0, run("verify").code());
    }
}
