package jp.shomu.ledger.report.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import jp.shomu.ledger.domain.staff.PermissionDeniedException;
import jp.shomu.ledger.report.PrivateTempFiles;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.SecurityFixture;
import jp.shomu.ledger.service.TestLedger;
import jp.shomu.ledger.service.cases.CaseService;
import jp.shomu.ledger.service.workplace.UserFiles;
import jp.shomu.ledger.store.audit.AuditAnchors;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.util.DefaultTempFileCreationStrategy;
import org.apache.poi.util.TempFile;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The auditor's Excel export of a period: the trail, the view log, the anchor, masked values, nothing left behind. */
class AuditWorkbookTest {
    private static final LocalDate APRIL_1 = LocalDate.of(2027, 4, 1);
    private static final LocalDate APRIL_30 = LocalDate.of(2027, 4, 30);

    @TempDir
    Path dir;

    private LedgerContext ctx;
    private SecurityFixture fx;
    private UserFiles profile;

    @BeforeEach
    void setUp() {
        ctx = TestLedger.create(dir);
        fx = new SecurityFixture(ctx);
        profile = new UserFiles(dir.resolve("profile"), dir.resolve("profile"));
        PrivateTempFiles.install(profile);
    }

    @AfterEach
    void close() {
        TempFile.setTempFileCreationStrategy(new DefaultTempFileCreationStrategy());
        ctx.close();
    }

    @Test
    void theTrailAndTheViewLogOfAPeriodPrintAndMaskPersonalData() throws Exception {
        long id = fx.allowanceCase();
        new CaseService(ctx).update(fx.who("op2"), id, 1, null, Map.of("通勤経路", "架空駅〜模擬駅"));
        new CaseService(ctx).details(fx.who("op1"), id);
        Path out = dir.resolve("監査ログ_2027-04.xlsx");
        AuditWorkbook.Result r = AuditWorkbook.write(ctx, fx.who("audit"), APRIL_1, APRIL_30, out);
        assertEquals(2, r.viewRows(), "op1's view and this export");
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            assertEquals(
                    List.of("監査ログ", "閲覧記録", "検証"), List.of(wb.getSheetName(0), wb.getSheetName(1), wb.getSheetName(2)));
            Sheet trail = wb.getSheet("監査ログ");
            assertEquals("番号", text(trail.getRow(0), 0));
            assertEquals(r.trailRows(), trail.getLastRowNum());
            String all = allText(trail);
            assertTrue(all.contains("通勤経路: ＊＊＊ → ＊＊＊"), all);
            assertFalse(all.contains("駅"), "no sensitive value in the export");
            assertTrue(trail.getPrintSetup().getLandscape());
            assertEquals(1, trail.getPrintSetup().getFitWidth());
            assertEquals("1:1", trail.getRepeatingRows().formatAsString().replace("$", ""));
            assertTrue(trail.getFooter().getCenter().contains("&P"));
            Sheet views = wb.getSheet("閲覧記録");
            assertEquals("op1", text(views.getRow(1), 2));
            assertEquals(Long.toString(id), text(views.getRow(1), 5));
            assertEquals("出力", text(views.getRow(2), 4));
            String anchor = AuditAnchors.headAt(ctx.ledger(), APRIL_30).anchor().toString();
            assertTrue(allText(wb.getSheet("検証")).contains(anchor));
        }
        assertEquals(List.of(out), files(dir, ".xlsx"));
        assertEquals(List.of(), files(dir, ".part"), "the half-written file is gone");
        assertEquals(List.of(), files(profile.tempFolder(), ""), "POI's scratch files are gone");
    }

    @Test
    void anOperatorMayNotExportTheTrailAndNoFileIsWritten() {
        Path out = dir.resolve("x.xlsx");
        assertThrows(
                PermissionDeniedException.class, () -> AuditWorkbook.write(ctx, fx.who("op1"), APRIL_1, APRIL_30, out));
        assertFalse(Files.exists(out));
    }

    private static String text(Row row, int col) {
        return new DataFormatter().formatCellValue(row.getCell(col));
    }

    private static String allText(Sheet sheet) {
        StringBuilder sb = new StringBuilder();
        for (Row row : sheet) {
            row.forEach(c -> sb.append(new DataFormatter().formatCellValue(c)).append('\t'));
            sb.append('\n');
        }
        return sb.toString();
    }

    private static List<Path> files(Path folder, String suffix) throws Exception {
        try (Stream<Path> s = Files.walk(folder)) {
            return new ArrayList<>(s.filter(Files::isRegularFile)
                    .filter(p -> p.toString().endsWith(suffix))
                    .toList());
        }
    }
}
