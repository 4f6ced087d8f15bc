package jp.shomu.ledger.report.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.cases.CaseFile;
import jp.shomu.ledger.report.TextFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.ProgressSink;
import jp.shomu.ledger.service.imports.ImportPreview;
import jp.shomu.ledger.service.imports.ImportProblem;
import jp.shomu.ledger.service.imports.ImportRefusedException;
import jp.shomu.ledger.service.imports.ImportResult;
import jp.shomu.ledger.store.Sql;
import jp.shomu.ledger.store.cases.CaseRepository;
import jp.shomu.ledger.testing.MutableClock;
import jp.shomu.ledger.testing.TestLedgers;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing cases: the formats people have, every bad row named, and nothing imported unless every row is good. */
class CaseImportTest {
    static final String HEADER = "中区分,件名,受付日,依頼者(職員番号),手当種別,認定区分,対象職員,事実発生日,届出受理日,月額";
    static final String GOOD = "2-2,扶養手当 見本,令和8年10月1日,９９００１２３４,扶養,新規,99001234,R8.9.20,2026/10/1,\"¥12,000\"";

    @TempDir
    Path dir;

    LedgerContext ctx;

    @BeforeEach
    void ledger() {
        ctx = TestLedgers.create(dir.resolve("l.db"), new MutableClock(Instant.parse("2026-10-05T01:00:00Z")));
    }

    @AfterEach
    void close() {
        ctx.close();
    }

    private Path csv(String name, Charset cs, boolean bom, String... lines) throws Exception {
        Path f = dir.resolve(name);
        try (OutputStream out = Files.newOutputStream(f)) {
            if (bom) {
                out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
            }
            out.write(String.join("\r\n", lines).concat("\r\n").getBytes(cs));
        }
        return f;
    }

    private ImportResult run(Path file, String mapping) {
        return CaseImport.run(ctx, ctx.whoIs("op-a"), file, mapping, ProgressSink.NONE);
    }

    private long count(String table) {
        return ctx.ledger()
                .read(c -> Sql.queryOne(c, "SELECT COUNT(*) FROM " + table, rs -> rs.getLong(1)))
                .orElseThrow();
    }

    private CaseFile only(long id) {
        return ctx.ledger().read(c -> CaseRepository.get(c, id)).orElseThrow();
    }

    @Test
    void warekiFullWidthDigitsAndYenWithCommasAreReadTheSameInEveryEncoding() throws Exception {
        for (Object[] variant : new Object[][] {
            {"utf8bom.csv", StandardCharsets.UTF_8, true},
            {"utf8.csv", StandardCharsets.UTF_8, false},
            {"sjis.csv", TextFiles.CP932, false}
        }) {
            Path f = csv((String) variant[0], (Charset) variant[1], (Boolean) variant[2], HEADER, GOOD);
            ImportResult r = run(f, null);
            CaseFile c = only(r.firstCaseId());
            assertEquals("扶養手当 見本", c.subject(), f.toString());
            assertEquals(
                    Map.of(
                            "receivedOn",
                            "2026-10-01",
                            "requester",
                            "99001234",
                            "allowanceKind",
                            "扶養",
                            "certificationKind",
                            "新規",
                            "targetEmployee",
                            "99001234",
                            "eventDate",
                            "2026-09-20",
                            "notifiedOn",
                            "2026-10-01",
                            "monthlyAmount",
                            "12000",
                            "payStartMonth",
                            "2026-10"), // calculated on import: notified 11 days after 9/20 → the next month
                    c.fields(),
                    f.toString());
            assertEquals(LocalDate.of(2026, 10, 6), c.dueOn(), "3 business days after 10/1");
        }
    }

    @Test
    void oneBadRowAmongManyImportsNothingAndNamesTheRow() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 2; i <= 60; i++) {
            lines.add(i == 37 ? GOOD.replace("令和8年10月1日", "令和8年2月30日") : GOOD.replace("見本", "見本" + i));
        }
        Path f = csv("many.csv", StandardCharsets.UTF_8, false, lines.toArray(new String[0]));
        long cases = count("case_file");
        long audit = count("audit_log");
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> run(f, null));
        assertEquals(
                List.of(new ImportProblem(37, "受付日", "「令和8年2月30日」は存在しない日付です")),
                e.preview().problems());
        assertEquals(58, e.preview().cases());
        assertEquals(cases, count("case_file"));
        assertEquals(audit, count("audit_log"));
    }

    @Test
    void aLineWithFewerOrMoreColumnsThanTheHeaderIsRefusedWithItsRowNumber() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 2; i <= 90; i++) {
            lines.add(GOOD.replace("見本", "見本" + i));
        }
        // line 81 lost its last columns (11 of 23 in the report; here 5 of 10), line 85 gained one
        lines.set(80, "2-2,扶養手当 見本81,令和8年10月1日,99001234,扶養");
        lines.set(84, GOOD + ",");
        Path f = csv("short.csv", StandardCharsets.UTF_8, false, lines.toArray(new String[0]));
        long cases = count("case_file");
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> run(f, null));
        List<String> texts =
                e.preview().problems().stream().map(ImportProblem::text).toList();
        assertEquals(2, texts.size(), texts.toString());
        assertTrue(texts.get(0).startsWith("81行目: この行は5列ですが、見出しは10列です(値が足りません。"), texts.toString());
        assertTrue(texts.get(1).startsWith("85行目: この行は11列ですが、見出しは10列です(値が多すぎます。"), texts.toString());
        assertEquals(cases, count("case_file"), "nothing half-imported");
    }

    @Test
    void aRowWithoutAFieldTheFormRequiresIsRefused() throws Exception {
        // 届出受理日 is 必須 for 2-2 in the form (月額 is not); the row has every column, those two empty
        Path f = csv(
                "blank.csv",
                StandardCharsets.UTF_8,
                false,
                HEADER,
                GOOD,
                "2-2,扶養手当 見本,令和8年10月1日,99001234,扶養,新規,99001234,R8.9.20,,");
        ImportRefusedException e = assertThrows(ImportRefusedException.class, () -> run(f, null));
        List<String> texts =
                e.preview().problems().stream().map(ImportProblem::text).toList();
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("3行目「届出受理日」: 必須項目「届出受理日」が空欄です")), texts.toString());
        assertEquals(1, texts.size(), texts.toString());
        assertEquals(0, count("case_file"));
    }

    @Test
    void everyProblemIsReportedWithItsRowColumnAndReason() throws Exception {
        Path f = csv(
                "bad.csv",
                StandardCharsets.UTF_8,
                true,
                HEADER + ",通勤経路,備考欄",
                GOOD + ",,",
                "2-2,見本2,令和8年10月1日,,家族,新規,99001234,R8.9.20,2026/10/1,12000,,",
                ",見本3,令和8年10月1日,,,,,,,,,",
                "3-4,見本4,令和8年10月1日,,扶養,,,,,,,",
                "2-2,見本5 123456789018,2026-10-01,,扶養,新規,1234,,,,経路 1234 5678 9018,",
                GOOD + ",,1234-5678-9018");
        ImportPreview p = CaseImport.preview(ctx, ctx.whoIs("op-a"), f, null, ProgressSink.NONE);
        List<String> texts = p.problems().stream().map(ImportProblem::text).toList();
        assertEquals("1行目「備考欄」: この見出しはどの項目にも当たりません(見出しは「中区分」「件名」と項目名。import template で作る見本を参照)", texts.get(0));
        assertTrue(texts.contains("3行目「手当種別」: 「家族」は選べません(扶養, 住居, 通勤, 単身赴任)"), texts.toString());
        assertTrue(texts.contains("4行目「中区分」: 中区分が空欄です(例: 2-2 または 各種手当認定事務)"), texts.toString());
        assertTrue(
                texts.stream().anyMatch(t -> t.startsWith("5行目「手当種別」: 「手当種別」は 3-4 教職員互助組合関係事務 の項目ではありません")),
                texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("6行目「件名」: 個人番号と思われる12桁の番号があります")), texts.toString());
        assertTrue(texts.stream().anyMatch(t -> t.startsWith("6行目「通勤経路」: 個人番号と思われる12桁の番号があります")), texts.toString());
        assertTrue(
                texts.stream().anyMatch(t -> t.startsWith("7行目「備考欄」: 個人番号と思われる")),
                "a column no field takes is checked too: " + texts);
        assertTrue(texts.contains("6行目「対象職員」: 職員番号は5〜10桁の数字です"), texts.toString());
        assertEquals(5, p.rowsWithProblems());
        assertFalse(p.ok());
    }

    @Test
    void theDryRunShowsWhatWouldHappenAndWritesNothing() throws Exception {
        Path f = csv("dry.csv", StandardCharsets.UTF_8, false, HEADER, GOOD, GOOD.replace("2-2", "各種手当認定事務"));
        long audit = count("audit_log");
        ImportPreview p = CaseImport.preview(ctx, ctx.whoIs("op-a"), f, null, ProgressSink.NONE);
        assertTrue(p.ok());
        assertEquals(Map.of("2-2", 2L), p.casesByType());
        assertEquals(LocalDate.of(2026, 10, 6), p.sample().get(0).dueOn());
        assertEquals(3, p.sample().get(1).row());
        assertEquals(audit, count("audit_log"));
        assertEquals(0, count("case_file"));
    }

    @Test
    void rowNumbersAreThoseASpreadsheetShowsEvenWithBlankLinesAndLineBreaksInACell() throws Exception {
        Path f = csv(
                "rows.csv",
                StandardCharsets.UTF_8,
                false,
                HEADER,
                GOOD,
                "",
                "2-2,\"二行の\n件名\",令和8年10月1日,,扶養,新規,99001234,R8.9.20,2026/10/1,12000",
                "2-2,見本,令和8年10月1日,,扶養,新規,99001234,R8.9.20,2026/10/1,十二円");
        ImportPreview p = CaseImport.preview(ctx, ctx.whoIs("op-a"), f, null, ProgressSink.NONE);
        assertEquals(List.of(new ImportProblem(5, "月額", "金額は円単位の整数で入力してください(例: 12,000)")), p.problems());
    }

    @Test
    void anExcelFileIsReadFromTheTemplatesSheetWithRealDateCells() throws Exception {
        Path template = dir.resolve("template.xlsx");
        ImportTemplate.write(ctx.catalog(), ctx.catalog().taskType("2-2").orElseThrow(), template);
        Path filled = dir.resolve("filled.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(Files.newInputStream(template))) {
            XSSFSheet s = wb.getSheet("取込み");
            List<String> headers = new ArrayList<>();
            s.getRow(0).forEach(c -> headers.add(c.getStringCellValue()));
            assertEquals(ImportTemplate.headers(ctx.catalog().taskType("2-2").orElseThrow()), headers);
            CellStyle date = wb.createCellStyle();
            date.setDataFormat(wb.createDataFormat().getFormat("m/d/yy"));
            Row r = s.createRow(1);
            r.createCell(headers.indexOf("中区分")).setCellValue("2-2");
            r.createCell(headers.indexOf("件名")).setCellValue("住居手当 見本");
            r.createCell(headers.indexOf("受付日")).setCellValue(LocalDate.of(2026, 10, 2));
            r.getCell(headers.indexOf("受付日")).setCellStyle(date);
            r.createCell(headers.indexOf("手当種別")).setCellValue("住居");
            r.createCell(headers.indexOf("認定区分")).setCellValue("変更");
            r.createCell(headers.indexOf("対象職員")).setCellValue(99001234);
            r.createCell(headers.indexOf("事実発生日")).setCellValue("R8.9.25");
            r.createCell(headers.indexOf("届出受理日")).setCellValue(LocalDate.of(2026, 10, 2));
            r.getCell(headers.indexOf("届出受理日")).setCellStyle(date);
            r.createCell(headers.indexOf("家賃(月額)")).setCellValue(45000);
            r.createCell(headers.indexOf("賃貸借契約書あり")).setCellValue("はい");
            try (OutputStream out = Files.newOutputStream(filled)) {
                wb.write(out);
            }
        }
        CaseFile c = only(run(filled, null).firstCaseId());
        assertEquals("2026-10-02", c.field("receivedOn"));
        assertEquals("99001234", c.field("targetEmployee"));
        assertEquals("45000", c.field("rent"));
        assertEquals("true", c.field("leaseContract"));
    }

    @Test
    void aLogoFormExportIsReadThroughItsBundledMapping() throws Exception {
        Path f = csv(
                "logo.csv",
                StandardCharsets.UTF_8,
                true,
                "回答ID,回答日時,所属名,職員番号,届出の理由,事実が発生した日,通勤経路,通勤距離(km),主な交通機関,6か月定期券の額,個人番号の確認",
                "R-0001,2026/10/01 09:15:22,見本区役所 市民課,99001234,新たに通勤するようになった,2026/09/28,見本駅〜架空駅,12,鉄道,\"48,600\",確認済");
        ImportResult r = run(f, "LoGoフォーム 通勤手当");
        CaseFile c = only(r.firstCaseId());
        assertEquals("2-2", c.typeCode());
        assertEquals("通勤手当 新たに通勤するようになった (99001234)", c.subject());
        assertEquals("2026-10-01", c.field("receivedOn"));
        assertEquals("LoGoフォーム", c.field("channel"));
        assertEquals("通勤", c.field("allowanceKind"));
        assertEquals("新規", c.field("certificationKind"));
        assertEquals("電車", c.field("transport"));
        assertEquals("48600", c.field("sixMonthPass"));
        assertEquals("", c.field("requester"), "columns the mapping does not name are ignored");
    }

    @Test
    void aHeaderRowBelowATitleAndValuesOurExportMarkedAreRead() throws Exception {
        Path mapping = dir.resolve("m.json");
        Files.writeString(
                mapping,
                "{\"name\":\"見本アプリ\",\"headerRow\":2,\"columns\":{\"番号\":\"件名\",\"受付\":\"受付日\","
                        + "\"所属\":\"依頼所属\"},\"constants\":{\"中区分\":\"5-2\",\"依頼種別\":\"問合せ\",\"対応結果\":\"回答済\"}}");
        var saved = jp.shomu.ledger.store.settings.ImportMappingRepository.fromJson(Files.readString(mapping));
        new jp.shomu.ledger.service.imports.ImportMappingService(ctx).save(ctx.whoIs("leader"), saved);
        assertThrows(
                jp.shomu.ledger.domain.staff.PermissionDeniedException.class,
                () -> new jp.shomu.ledger.service.imports.ImportMappingService(ctx).save(ctx.whoIs("op-a"), saved));
        Path f = csv(
                "app.csv", StandardCharsets.UTF_8, false, "見本アプリ 書き出し 2026-10-05", "番号,受付,所属", "Q-1,2026-10-02,'=見本課");
        CaseFile c = only(run(f, "見本アプリ").firstCaseId());
        assertEquals("Q-1", c.subject());
        assertEquals("=見本課", c.field("requesterDept"));
        assertEquals("5-2", c.typeCode());
    }

    @Test
    void aCancelledImportRegistersNothing() throws Exception {
        List<String> lines = new ArrayList<>(List.of(HEADER));
        for (int i = 0; i < 1200; i++) {
            lines.add(GOOD);
        }
        Path f = csv("long.csv", StandardCharsets.UTF_8, false, lines.toArray(new String[0]));
        int[] calls = {0};
        ProgressSink stopDuringWrite = new ProgressSink() {
            @Override
            public void progress(long done, long total, String message) {}

            @Override
            public boolean cancelled() {
                return ++calls[0] > 3;
            }
        };
        assertThrows(
                jp.shomu.ledger.service.CancelledException.class,
                () -> CaseImport.run(ctx, ctx.whoIs("op-a"), f, null, stopDuringWrite));
        assertEquals(0, count("case_file"));
    }

    @Test
    void theImportItselfIsAudited() throws Exception {
        ImportResult r = run(csv("a.csv", StandardCharsets.UTF_8, false, HEADER, GOOD, GOOD), null);
        assertEquals(2, r.cases());
        String after = ctx.ledger()
                .read(c ->
                        Sql.queryOne(c, "SELECT after FROM audit_log WHERE entity = 'import'", rs -> rs.getString(1)))
                .orElseThrow();
        assertTrue(after.contains("\"cases\":\"2\"") && after.contains("a.csv"), after);
        assertTrue(r.lockMillis() >= 0);
    }
}
