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
        assertEquals(3 + CATALOG.taskTypes().size(), wb.getNumberOfSheets());
        assertEquals("一覧", wb.getSheetName(0));
        assertEquals("大区分・誤りの分類", wb.getSheetName(1));
        assertEquals("2-2 各種手当認定事務", wb.getSheetName(5));
        assertEquals("7-1 職員向けFAQシステム運用事務", wb.getSheetName(23));
        assertEquals("年度別の基準値・計算式", wb.getSheetName(24));
    }

    @Test
    void aTypeSheetListsItsCalculatedFieldsAndChecksWithFormulaAndExplanation() {
        String allowance = allText(wb.getSheet("2-2 各種手当認定事務"));
        assertTrue(headings(wb.getSheet("2-2 各種手当認定事務")).contains("計算項目(アプリが計算します。"));
        assertTrue(
                allowance.contains("payStartMonth|支給開始月|年月|"
                        + "if(days(eventDate, notifiedOn) <= 15, startMonth(eventDate), startMonth(notifiedOn))||"
                        + "事実発生の翌月(1日発生はその月)。"),
                allowance);
        assertTrue(allowance.contains("計算に使う項目: 事実発生日、届出受理日"), allowance);

        String appointment = allText(wb.getSheet("1-1 会計年度任用職員任用事務"));
        assertTrue(appointment.contains("c4|"), appointment);
        assertTrue(
                appointment.contains("判定(✓/✗)|and(weeklyMinutes >= threshold(\"shortTermWeeklyHours\")"), appointment);
        assertTrue(
                appointment.contains(
                        "基準値: 短期組合員・厚生年金の適用(月額賃金) 88,000 円(2022年度から)、" + "短期組合員・厚生年金の適用(週所定勤務時間) 20 時間(2022年度から)"),
                appointment);

        String insurance = allText(wb.getSheet(wb.getSheetName(13)));
        assertTrue(insurance.contains("「法定期限」(自動計算)を期限日(SLA)の横に表示"), wb.getSheetName(13) + insurance);
        assertTrue(!headings(wb.getSheet("7-1 職員向けFAQシステム運用事務")).contains("計算項目("), "none without formulas");
    }

    @Test
    void theThresholdSheetHasEachYearsValueWithItsSourceAndTheFormulaGlossary() {
        Sheet s = wb.getSheet("年度別の基準値・計算式");
        String text = allText(s);
        Row header = s.getRow(4);
        assertEquals("キー", header.getCell(0).getStringCellValue());
        Row wage = s.getRow(6);
        assertEquals("shortTermMonthlyWage", wage.getCell(0).getStringCellValue());
        assertEquals("短期組合員・厚生年金の適用(月額賃金)", wage.getCell(1).getStringCellValue());
        assertEquals("2022年度(令和4年度)から", wage.getCell(2).getStringCellValue());
        assertEquals(88000, wage.getCell(3).getNumericCellValue());
        assertEquals("円", wage.getCell(4).getStringCellValue());
        assertTrue(wage.getCell(5).getStringCellValue().startsWith("2022年10月の適用拡大"));
        assertEquals("1-1", wage.getCell(6).getStringCellValue());
        assertTrue(text.contains("days(a, b)|a から b までの暦日数") || text.contains("a から b までの暦日数"), text);
        assertTrue(text.contains("d が 1 日ならその月"), text);
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

    /** The first column's text: headings and labels. */
    private static String headings(Sheet s) {
        StringBuilder sb = new StringBuilder();
        for (Row r : s) {
            var c = r.getCell(0);
            sb.append(c == null ? "" : c.toString()).append('\n');
        }
        return sb.toString();
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
