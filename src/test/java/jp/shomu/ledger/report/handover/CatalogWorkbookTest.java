package jp.shomu.ledger.report.handover;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.store.settings.CatalogJson;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog workbook reads as the 業務マニュアル's basis and prints: one sheet per type, A4, fit to width. */
class CatalogWorkbookTest {
    @TempDir
    static Path dir;

    private static XSSFWorkbook wb;
    private static final Catalog CATALOG = CatalogJson.bundled();

    @BeforeAll
    static void write() throws Exception {
        Path file = dir.resolve("catalog.xlsx");
        CatalogWorkbook.write(CATALOG, "テスト", file);
        try (InputStream in = Files.newInputStream(file)) {
            wb = new XSSFWorkbook(in);
        }
    }

    @Test
    void anOverviewSheetThenOneSheetPerTaskType() {
        assertEquals(2 + CATALOG.taskTypes().size(), wb.getNumberOfSheets());
        assertEquals("一覧", wb.getSheetName(0));
        assertEquals("大区分・誤りの分類", wb.getSheetName(1));
        assertEquals("2-2 各種手当認定事務", wb.getSheetName(5));
        assertEquals("7-1 職員向けFAQシステム運用事務", wb.getSheetName(23));
    }

    @Test
    void theOverviewListsEveryTypeWithItsSlaMinutesAndCases() {
        Sheet s = wb.getSheet("一覧");
        Row header = s.getRow(7);
        assertEquals("コード", header.getCell(0).getStringCellValue());
        Row allowance = s.getRow(8 + 3);
        assertEquals("2-2", allowance.getCell(0).getStringCellValue());
        assertEquals("書類の完備(受理)から 3 営業日以内", allowance.getCell(3).getStringCellValue());
        assertEquals(66, allowance.getCell(4).getNumericCellValue());
        assertEquals(4220, allowance.getCell(5).getNumericCellValue());
    }

    @Test
    void aTypeSheetHasItsFlowWithDoubleCheckAndCityMarksAndItsFields() {
        Sheet s = wb.getSheet("2-2 各種手当認定事務");
        String text = allText(s);
        assertTrue(text.contains("c6|二次審査(ダブルチェック)|必須|○||処理した人とは別の人がチェックします"), text);
        assertTrue(text.contains("c7|市の決裁|必須||○|市の決裁・判断"), text);
        assertTrue(text.contains("dependants|扶養親族(続柄・生年月日・所得見込み)|文字||○|"), text);
        assertTrue(text.contains("allowanceKind|手当種別|選択|○||扶養/住居/通勤/単身赴任"), text);
        assertTrue(text.contains("完備した書類を受理してから3営業日以内"), text);
        assertTrue(text.contains("66 分/件(推定)") && text.contains("4,220 件(推定)") && text.contains("4月"), text);
    }

    @Test
    void everySheetPrintsOnA4LandscapeOnePageWideWithTitlesRepeated() {
        for (Sheet s : wb) {
            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), s.getSheetName());
            assertTrue(ps.getLandscape(), s.getSheetName());
            assertEquals(1, ps.getFitWidth(), s.getSheetName());
            assertEquals(0, ps.getFitHeight(), s.getSheetName());
            assertTrue(s.getFitToPage(), s.getSheetName());
            assertTrue(s.getRepeatingRows() != null, s.getSheetName());
            assertEquals("&P / &N", s.getFooter().getRight(), s.getSheetName());
        }
    }

    @Test
    void theReferenceSheetHasTheMajorsWithTheirHoursAndTheErrorCategories() {
        Sheet s = wb.getSheet("大区分・誤りの分類");
        assertEquals("給与関係業務", s.getRow(5).getCell(1).getStringCellValue());
        assertEquals(12255, s.getRow(5).getCell(2).getNumericCellValue());
        assertTrue(allText(s).contains("入力誤り"));
    }

    @Test
    void longTextGetsRowsTallEnoughToPrintWhole() {
        assertEquals(1, SheetWriter.linesFor("abc", 10));
        assertEquals(2, SheetWriter.linesFor("あいうえおかきくけこ", 12));
        assertEquals(3, SheetWriter.linesFor("a\nb\nc", 10));
    }

    private static String allText(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) {
            for (int i = 1; i < r.getLastCellNum(); i++) {
                var c = r.getCell(i);
                sb.append(i > 1 ? "|" : "").append(c == null ? "" : c.toString());
            }
            sb.append('\n');
        }
        return sb.toString();
    }
}
