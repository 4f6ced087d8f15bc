package jp.shomu.ledger.report.monthly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.kpi.Figure;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.testing.OctoberExpected;
import jp.shomu.ledger.testing.OctoberMonth;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The October report written to a real .xlsx and read back with POI: its sheets, its print setup and its figures. */
class MonthlyReportWorkbookTest {
    @TempDir
    static Path dir;

    static OctoberMonth october;
    static XSSFWorkbook wb;

    @BeforeAll
    static void write() throws Exception {
        october = OctoberMonth.build(dir.resolve("october.db"));
        Path out = dir.resolve("report.xlsx");
        MonthlyReport.write(
                october.ctx, october.ctx.whoIs("leader"), OctoberMonth.MONTH, false, out, ProgressSink.NONE);
        wb = new XSSFWorkbook(Files.newInputStream(out));
    }

    @AfterAll
    static void close() throws Exception {
        wb.close();
        october.ctx.close();
    }

    @Test
    void aMonthWithErrorsOverdueCasesAndLateRecordsHasAllItsSheets() {
        // the centre's records (incidents, improvements, deliverables: here the contract's first ones, still owed)
        assertEquals(
                List.of("表紙・概要", "業務別実績", "SLA達成状況", "誤り分析", "前月以前の訂正", "危機管理・改善・提出物", "期限超過・審査未了一覧"), sheetNames(wb));
    }

    @Test
    void timeLoggedInOctoberForASeptemberDayIsListedAsACorrectionOfSeptember() {
        XSSFSheet s = wb.getSheet("前月以前の訂正");
        Row k2 = rowWith(s, 1, "令和8年9月分");
        assertEquals(october.id("K2"), (long) k2.getCell(2).getNumericCellValue());
        assertEquals(15, (long) k2.getCell(6).getNumericCellValue());
        assertEquals(4, s.getLastRowNum(), "one correction only, under the heading row");
    }

    @Test
    void aQuietMonthHasNoEmptyPlaceholderSheets() throws Exception {
        Path out = dir.resolve("august.xlsx");
        MonthlyReport.write(
                october.ctx, october.ctx.whoIs("leader"), YearMonth.of(2026, 8), false, out, ProgressSink.NONE);
        try (XSSFWorkbook aug = new XSSFWorkbook(Files.newInputStream(out))) {
            // the centre's sheet stays: the deliverables due before work began (2026-07-01) are still owed
            assertEquals(List.of("表紙・概要", "業務別実績", "SLA達成状況", "危機管理・改善・提出物"), sheetNames(aug));
            assertEquals("令和8年8月分", aug.getSheet("表紙・概要").getRow(1).getCell(0).getStringCellValue());
        }
    }

    @Test
    void everySheetPrintsOnA4FittedToTheWidthWithPageNumbersAndNoGridlines() {
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            XSSFSheet s = wb.getSheetAt(i);
            PrintSetup ps = s.getPrintSetup();
            assertEquals(PrintSetup.A4_PAPERSIZE, ps.getPaperSize(), s.getSheetName());
            assertTrue(s.getFitToPage(), s.getSheetName());
            assertEquals(1, ps.getFitWidth(), s.getSheetName());
            assertEquals(0, ps.getFitHeight(), s.getSheetName());
            assertFalse(s.isDisplayGridlines(), s.getSheetName());
            assertFalse(s.isPrintGridlines(), s.getSheetName());
            assertEquals("&P / &N", s.getFooter().getCenter(), s.getSheetName());
            assertEquals("令和8年10月分", s.getFooter().getLeft(), s.getSheetName());
        }
        for (String table : List.of("業務別実績", "SLA達成状況", "期限超過・審査未了一覧")) {
            assertEquals(3, wb.getSheet(table).getRepeatingRows().getFirstRow(), table);
            assertEquals(3, wb.getSheet(table).getRepeatingRows().getLastRow(), table);
            assertTrue(wb.getSheet(table).getPrintSetup().getLandscape(), table);
        }
    }

    @Test
    void theCoverGivesThePeriodInWarekiAndTheTotals() {
        XSSFSheet s = wb.getSheet("表紙・概要");
        assertEquals("令和8年10月分", s.getRow(1).getCell(0).getStringCellValue());
        assertEquals("令和8年10月1日 〜 令和8年10月31日", valueRight(s, "対象期間"));
        assertEquals(OctoberExpected.figure(Figure.RECEIVED, null), (long) numberRight(s, "受付件数"));
        assertEquals(OctoberExpected.figure(Figure.COMPLETED, null), (long) numberRight(s, "完了件数"));
        assertEquals(OctoberExpected.figure(Figure.OPEN_AT_MONTH_END, null), (long) numberRight(s, "月末未完了件数"));
        assertEquals(2.5, numberRight(s, "作業時間"), 1e-9);
        assertEquals("未達", valueAt(s, "処理期限内処理率", 5));
        var head = jp.shomu.ledger.store.audit.AuditAnchors.headAt(october.ctx.ledger(), LocalDate.of(2026, 10, 31));
        String anchor = valueRight(s, "監査ログのアンカー");
        assertTrue(anchor.startsWith(CoverSheet.grouped(head.hash()) + "@2026-10-31(第" + head.seq() + "行)"), anchor);
        assertTrue(jp.shomu.ledger.store.audit.AuditAnchors.check(
                        october.ctx.ledger(), new jp.shomu.ledger.domain.audit.ChainAnchor(head.hash(), head.date()))
                .ok());
        assertEquals("達成", valueAt(s, "ダブルチェック実施率", 5));
    }

    @Test
    void theRowOfEachTaskTypeMatchesTheIndependentComputation() {
        XSSFSheet s = wb.getSheet("業務別実績");
        Figure[] columns = {
            Figure.RECEIVED,
            Figure.COMPLETED,
            Figure.ON_TIME,
            null,
            Figure.COMPLETED_LATE,
            Figure.COMPLETED_NO_DUE,
            Figure.OPEN_AT_MONTH_END,
            Figure.WITHDRAWN,
            Figure.MINUTES_LOGGED,
            Figure.COMPLETED_MINUTES,
            Figure.STANDARD_MINUTES,
            null,
            Figure.SEND_BACKS,
            Figure.ERRORS_AFTER_COMPLETION
        };
        for (String type : new String[] {"3-4", "2-2", "3-3", "1-1", null}) {
            Row row = type == null ? rowWith(s, 1, "合計") : rowWith(s, 0, type);
            for (int i = 0; i < columns.length; i++) {
                if (columns[i] != null) {
                    assertEquals(
                            OctoberExpected.figure(columns[i], type),
                            (long) row.getCell(2 + i).getNumericCellValue(),
                            type + " " + columns[i]);
                }
            }
            long due = OctoberExpected.figure(Figure.COMPLETED_WITH_DUE, type);
            Cell rate = row.getCell(5);
            if (due == 0) {
                assertEquals("—", rate.getStringCellValue());
            } else {
                double expected = BigDecimal.valueOf(OctoberExpected.figure(Figure.ON_TIME, type))
                        .divide(BigDecimal.valueOf(due), 3, RoundingMode.DOWN)
                        .doubleValue();
                assertEquals(expected, rate.getNumericCellValue(), 1e-12, type + " rate");
                assertEquals("0.0%_ ", rate.getCellStyle().getDataFormatString());
            }
            long standard = OctoberExpected.figure(Figure.STANDARD_MINUTES, type);
            Cell ratio = row.getCell(13);
            if (standard == 0) {
                assertEquals("—", ratio.getStringCellValue(), type + " 標準時間比");
            } else {
                double expected = BigDecimal.valueOf(OctoberExpected.figure(Figure.COMPLETED_MINUTES, type))
                        .divide(BigDecimal.valueOf(standard), 3, RoundingMode.DOWN)
                        .doubleValue();
                assertEquals(expected, ratio.getNumericCellValue(), 1e-12, type + " 標準時間比");
            }
        }
    }

    @Test
    void theSlaSheetShowsEachVerdictInWordsAndInColour() {
        XSSFSheet s = wb.getSheet("SLA達成状況");
        Row onTime = rowWith(s, 1, "処理期限内処理率");
        assertEquals("100%以上", onTime.getCell(3).getStringCellValue());
        assertEquals("66.6%", onTime.getCell(4).getStringCellValue());
        assertEquals(4, (long) onTime.getCell(5).getNumericCellValue());
        assertEquals(6, (long) onTime.getCell(6).getNumericCellValue());
        assertEquals("未達", onTime.getCell(7).getStringCellValue());
        Row checked = rowWith(s, 1, "ダブルチェック実施率");
        assertEquals("達成", checked.getCell(7).getStringCellValue());
        assertNotEquals(
                onTime.getCell(7).getCellStyle().getFillForegroundColor(),
                checked.getCell(7).getCellStyle().getFillForegroundColor());
        assertTrue(onTime.getCell(2).getStringCellValue().contains("ダブルチェックの承認日"));
    }

    @Test
    void theOverdueListNamesEachCaseWithRealDates() {
        XSSFSheet s = wb.getSheet("期限超過・審査未了一覧");
        List<Long> ids = new ArrayList<>();
        for (int r = 4; r <= s.getLastRowNum(); r++) {
            ids.add((long) s.getRow(r).getCell(2).getNumericCellValue());
        }
        assertEquals(
                List.of("K6", "K15", "K9", "K2", "K12", "K16", "K5", "K13", "K10").stream()
                        .map(october::id)
                        .toList(),
                ids);
        Row k6 = s.getRow(4);
        assertEquals(CellType.NUMERIC, k6.getCell(7).getCellType());
        assertEquals(
                LocalDate.of(2026, 10, 8),
                k6.getCell(7).getLocalDateTimeCellValue().toLocalDate());
        assertEquals(15, (long) k6.getCell(8).getNumericCellValue());
        assertEquals("未設定", s.getRow(8).getCell(7).getStringCellValue());
    }

    @Test
    void theCoverExplainsTheAnchorInItsOwnWordsAndPointsToNoFileOrCommand() {
        String anchor = valueRight(wb.getSheet("表紙・概要"), "監査ログのアンカー");
        assertTrue(anchor.contains("ハッシュ値") && anchor.contains("照合"), anchor);
        for (int i = 0; i < wb.getNumberOfSheets(); i++) {
            for (Row row : wb.getSheetAt(i)) {
                for (Cell c : row) {
                    if (c.getCellType() == CellType.STRING) {
                        String v = c.getStringCellValue();
                        assertFalse(v.contains("docs/") || v.contains(".md") || v.contains("--"), v);
                    }
                }
            }
        }
    }

    @Test
    void theSituationColumnHoldsACompletionDateOnOneLine() {
        XSSFSheet s = wb.getSheet("期限超過・審査未了一覧");
        assertEquals("現在の状況", s.getRow(3).getCell(9).getStringCellValue());
        int widest = Sheets.displayWidth("完了(12月28日)");
        assertTrue(s.getColumnWidth(9) >= (widest + 1) * 256, "column width " + s.getColumnWidth(9) / 256);
    }

    @Test
    void theErrorSheetHidesOperatorsNamesUnlessAskedFor() {
        XSSFSheet s = wb.getSheet("誤り分析");
        assertTrue(rowWith(s, 0, "担当者A") != null);
        for (Row row : s) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    assertFalse(c.getStringCellValue().contains("架空 一郎"), c.getStringCellValue());
                }
            }
        }
    }

    private static List<String> sheetNames(XSSFWorkbook book) {
        List<String> names = new ArrayList<>();
        book.forEach(sh -> names.add(sh.getSheetName()));
        return names;
    }

    private static Row rowWith(XSSFSheet s, int column, String text) {
        for (Row row : s) {
            Cell c = row.getCell(column);
            if (c != null
                    && c.getCellType() == CellType.STRING
                    && c.getStringCellValue().strip().equals(text)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + text + " in " + s.getSheetName());
    }

    private static String valueRight(XSSFSheet s, String label) {
        return rowWith(s, 1, label).getCell(2).getStringCellValue();
    }

    private static double numberRight(XSSFSheet s, String label) {
        return rowWith(s, 1, label).getCell(2).getNumericCellValue();
    }

    private static String valueAt(XSSFSheet s, String label, int column) {
        return rowWith(s, 1, label).getCell(column).getStringCellValue();
    }
}
