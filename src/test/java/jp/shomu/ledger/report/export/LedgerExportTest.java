package jp.shomu.ledger.report.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.report.TextFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.TablePager;
import jp.shomu.ledger.testing.Desk;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The ledger export: every table, Japanese headings, a data dictionary, no formulas, and masking for non-leaders. */
class LedgerExportTest {
    private static final String ROUTE = "見本駅から架空駅まで(見本線)";

    @TempDir
    Path dir;

    LedgerContext ctx;

    @BeforeEach
    void ledger() {
        MutableClock clock = new MutableClock(Instant.parse("2026-10-01T00:00:00Z"));
        ctx = TestLedgers.create(dir.resolve("l.db"), clock);
        Desk desk = new Desk(ctx, clock);
        long a = desk.receive(
                "2-2",
                LocalDate.of(2026, 10, 1),
                "op-a",
                "=HYPERLINK(\"http://example.invalid\") 通勤手当",
                Map.of("commuteRoute", ROUTE));
        desk.on(LocalDate.of(2026, 10, 2)).submit(a, "op-a");
        desk.sendBack(a, "op-c", "INPUT");
        desk.receive("3-4", LocalDate.of(2026, 10, 2), "op-b", "+給付請求 見本", Map.of());
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    @Test
    void everyTableBecomesASheetWithJapaneseHeadingsAfterTheDictionary() throws Exception {
        Path out = dir.resolve("all.xlsx");
        LedgerExport.Summary s = LedgerExport.toXlsx(ctx, ctx.whoIs("leader"), out, ProgressSink.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            List<String> names = new ArrayList<>();
            wb.forEach(sh -> names.add(sh.getSheetName()));
            assertEquals(List.of("説明", "データ辞書", "項目定義", "コード一覧"), names.subList(0, 4));
            List<String> tables = ctx.ledger().read(TablePager::tables);
            assertEquals(tables.size(), names.size() - 4, names.toString());
            for (ExportTable t : ExportTables.ALL) {
                assertTrue(tables.contains(t.table()), "described table missing from the schema: " + t.table());
            }
            XSSFSheet cases = wb.getSheet("案件");
            assertEquals("案件番号", cases.getRow(0).getCell(0).getStringCellValue());
            assertEquals("受付日", cases.getRow(0).getCell(6).getStringCellValue());
            assertEquals(2, cases.getLastRowNum());
            assertEquals(
                    LocalDate.of(2026, 10, 1),
                    cases.getRow(1).getCell(6).getLocalDateTimeCellValue().toLocalDate());
            long audit = ctx.ledger()
                    .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM audit_log", rs -> rs.getLong(1)))
                    .orElseThrow();
            assertEquals(audit - 1, wb.getSheet("監査ログ").getLastRowNum(), "the export's own audit row comes after it");
            assertTrue(text(wb.getSheet("データ辞書")).contains("センター処理完了日"));
            assertTrue(text(wb.getSheet("項目定義")).contains("通勤経路"));
            assertTrue(text(wb.getSheet("コード一覧")).contains("市決裁待ち"));
            assertTrue(s.rows() > 0);
        }
    }

    @Test
    void textThatLooksLikeAFormulaIsWrittenAsTextNeverAsAFormula() throws Exception {
        Path out = dir.resolve("all.xlsx");
        LedgerExport.toXlsx(ctx, ctx.whoIs("leader"), out, ProgressSink.NONE);
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            for (org.apache.poi.ss.usermodel.Sheet sheet : wb) {
                for (Row row : sheet) {
                    for (Cell c : row) {
                        assertFalse(c.getCellType() == CellType.FORMULA, sheet.getSheetName() + " " + c.getAddress());
                    }
                }
            }
            Cell subject = wb.getSheet("案件").getRow(1).getCell(3);
            assertEquals(CellType.STRING, subject.getCellType());
            assertEquals("=HYPERLINK(\"http://example.invalid\") 通勤手当", subject.getStringCellValue());
            assertTrue(subject.getCellStyle().getQuotePrefixed());
        }
    }

    @Test
    void sensitiveFieldsAreShownToLeadersAndMaskedForEveryoneElse() throws Exception {
        Path leader = dir.resolve("leader.xlsx");
        Path auditor = dir.resolve("auditor.xlsx");
        LedgerExport.toXlsx(ctx, ctx.whoIs("leader"), leader, ProgressSink.NONE);
        LedgerExport.Summary s = LedgerExport.toXlsx(ctx, ctx.whoIs("auditor"), auditor, ProgressSink.NONE);
        assertTrue(s.sensitiveMasked());
        try (XSSFWorkbook l = new XSSFWorkbook(Files.newInputStream(leader));
                XSSFWorkbook a = new XSSFWorkbook(Files.newInputStream(auditor))) {
            assertTrue(text(l.getSheet("案件項目")).contains(ROUTE));
            assertFalse(text(l.getSheet("監査ログ")).contains(ROUTE), "the audit trail never shows a sensitive value");
            assertTrue(text(l.getSheet("監査ログ")).contains("\"field.commuteRoute\":\"＊＊＊\""));
            for (org.apache.poi.ss.usermodel.Sheet sheet : a) {
                assertFalse(text((XSSFSheet) sheet).contains(ROUTE), sheet.getSheetName());
            }
            assertTrue(text(a.getSheet("案件項目")).contains("＊＊＊"));
            assertTrue(text(a.getSheet("監査ログ")).contains("\"field.commuteRoute\":\"＊＊＊\""));
        }
    }

    @Test
    void csvFilesAreOneATableInCp932OrUtf8WithBomAndNeutraliseFormulas() throws Exception {
        Path sjis = dir.resolve("sjis");
        LedgerExport.toCsv(ctx, ctx.whoIs("leader"), sjis, TextFiles.CP932, ProgressSink.NONE);
        String cases = new String(Files.readAllBytes(sjis.resolve("case_file.csv")), TextFiles.CP932);
        assertTrue(cases.startsWith("案件番号,中区分コード,カタログ版,件名"), cases);
        assertTrue(cases.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\") 通勤手当\""), cases);
        assertTrue(cases.contains(",'+給付請求 見本,"), cases);
        assertTrue(cases.contains("2026/10/01"), cases);
        assertTrue(Files.exists(sjis.resolve("01_data_dictionary.csv")));
        Path utf8 = dir.resolve("utf8");
        LedgerExport.toCsv(ctx, ctx.whoIs("leader"), utf8, StandardCharsets.UTF_8, ProgressSink.NONE);
        byte[] bytes = Files.readAllBytes(utf8.resolve("case_file.csv"));
        assertEquals(0xEF, bytes[0] & 0xff);
        assertEquals(TextFiles.read(utf8.resolve("case_file.csv")), cases);
        assertFalse(
                Files.list(dir).anyMatch(p -> p.getFileName().toString().startsWith(".")), "no temporary files left");
    }

    @Test
    void cp932WritesWindowsEquivalentsAndNamesEachValueItCannotHold() throws Exception {
        Desk desk = new Desk(ctx, new MutableClock(Instant.parse("2026-10-03T00:00:00Z")));
        long dashes = desk.receive("3-4", LocalDate.of(2026, 10, 2), "op-b", "差額−1,200円—再計算〜10月‖確認", Map.of());
        long heart = desk.receive("3-4", LocalDate.of(2026, 10, 2), "op-b", "見本 髙橋 𠮷田 ♡", Map.of());
        Path sjis = dir.resolve("sjis");
        LedgerExport.Summary s = LedgerExport.toCsv(ctx, ctx.whoIs("leader"), sjis, TextFiles.CP932, ProgressSink.NONE);
        String cases = new String(Files.readAllBytes(sjis.resolve("case_file.csv")), TextFiles.CP932);
        assertTrue(cases.contains("差額－1,200円―再計算～10月∥確認"), cases);
        assertFalse(cases.contains(",差額〓"), cases);
        assertTrue(cases.contains("見本 髙橋 〓田 〓"), cases);
        // the rows are 1 header + cases in id order: the heart case is on row heart + 1
        assertTrue(
                s.notWritten().stream()
                        .anyMatch(l -> l.startsWith("case_file.csv " + (heart + 1) + "行目「件名」: U+20BB7 𠮷")),
                s.notWritten().toString());
        assertTrue(
                s.notWritten().stream().noneMatch(l -> l.startsWith("case_file.csv " + (dashes + 1) + "行目")),
                s.notWritten().toString());
        LedgerExport.Summary utf8 = LedgerExport.toCsv(
                ctx, ctx.whoIs("leader"), dir.resolve("utf8"), StandardCharsets.UTF_8, ProgressSink.NONE);
        assertEquals(List.of(), utf8.notWritten());
    }

    @Test
    void aTableLongerThanASheetContinuesOnTheNextSheet() throws Exception {
        Path out = dir.resolve("small.xlsx");
        try (SXSSFWorkbook wb = new SXSSFWorkbook(10)) {
            XlsxSink sink = new XlsxSink(wb, 3);
            sink.begin("t", "表", List.of("番号"), List.of(ColumnKind.NUMBER));
            for (int i = 1; i <= 7; i++) {
                sink.row(List.of((Object) (long) i));
            }
            sink.end();
            try (var os = Files.newOutputStream(out)) {
                wb.write(os);
            }
        }
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(out))) {
            assertEquals(
                    List.of(3, 3, 1),
                    List.of(
                            wb.getSheet("表").getLastRowNum(),
                            wb.getSheet("表(2)").getLastRowNum(),
                            wb.getSheet("表(3)").getLastRowNum()));
            assertEquals("番号", wb.getSheet("表(3)").getRow(0).getCell(0).getStringCellValue());
        }
    }

    @Test
    void theExportIsRecordedAsADisclosureWithTheSensitiveFieldsItShowed() {
        LedgerExport.toXlsx(ctx, ctx.whoIs("leader"), dir.resolve("l.xlsx"), ProgressSink.NONE);
        LedgerExport.toXlsx(ctx, ctx.whoIs("auditor"), dir.resolve("a.xlsx"), ProgressSink.NONE);
        List<String> records = ctx.ledger()
                .read(c -> Sql.query(
                        c,
                        "SELECT actor || ' ' || after FROM audit_log" + " WHERE entity = 'disclosure' ORDER BY seq",
                        rs -> rs.getString(1)));
        assertEquals(2, records.size(), records.toString());
        assertTrue(
                records.get(0).startsWith("leader ")
                        && records.get(0).contains("\"cases\":\"2\"")
                        && records.get(0).contains("\"fields\":\"commuteRoute\""),
                records.get(0));
        assertTrue(records.get(1).startsWith("auditor ") && records.get(1).contains("\"fields\":\"\""), records.get(1));
    }

    private static String text(XSSFSheet sheet) {
        StringBuilder b = new StringBuilder();
        for (Row row : sheet) {
            for (Cell c : row) {
                if (c.getCellType() == CellType.STRING) {
                    b.append(c.getStringCellValue()).append('\n');
                }
            }
        }
        return b.toString();
    }
}
