package jp.shomu.ledger.report.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.YearMonth;
import java.util.function.Consumer;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.tables.Counts;
import jp.shomu.ledger.domain.tables.MeterLine;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.service.tables.MeterImport;
import jp.shomu.ledger.service.tables.MeterService;
import jp.shomu.ledger.store.audit.LedgerVerifier;
import jp.shomu.ledger.testing.LedgerFixture;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The 6-2 sheet: exported on A4, edited in Excel and taken back in; a bad row anywhere takes nothing in. */
class MeterWorkbookTest {
    static final YearMonth APR = YearMonth.of(2027, 4);

    @TempDir
    Path dir;

    LedgerFixture f;
    MeterService meters;

    @BeforeEach
    void init() {
        f = LedgerFixture.in(dir);
        meters = new MeterService(f.ctx);
        meters.addMachine(f.op1, "MFP-001", "総務課", "1.5", "12.3", new Counts(10_000, 2_000));
        meters.addMachine(f.op1, "MFP-002", "人事課", "2", "15", Counts.ZERO);
        meters.read(f.op1, "MFP-001", APR, new Counts(12_345, 2_100), false);
    }

    @AfterEach
    void close() {
        f.close();
    }

    private Path export() {
        Path out = dir.resolve("検針表.xlsx");
        MeterWorkbook.export(f.ctx, f.op1, APR, out);
        return out;
    }

    private Path edited(Path file, Consumer<Sheet> edit) throws Exception {
        Path copy = dir.resolve("edited.xlsx");
        try (InputStream in = Files.newInputStream(file);
                XSSFWorkbook wb = new XSSFWorkbook(in);
                OutputStream out = Files.newOutputStream(copy)) {
            edit.accept(wb.getSheetAt(0));
            wb.write(out);
        }
        return copy;
    }

    @Test
    void theExportIsAnA4SheetWithTheMonthTheRowsTheTotalsAndTheSplit() throws Exception {
        try (InputStream in = Files.newInputStream(export());
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals(PrintSetup.A4_PAPERSIZE, s.getPrintSetup().getPaperSize());
            assertEquals("2027-04", s.getRow(1).getCell(1).getStringCellValue());
            assertEquals("機器番号", s.getRow(3).getCell(0).getStringCellValue());
            assertEquals("MFP-001", s.getRow(4).getCell(0).getStringCellValue());
            assertEquals(2_345, s.getRow(4).getCell(7).getNumericCellValue());
            assertEquals(4_747, s.getRow(4).getCell(11).getNumericCellValue());
            assertEquals("", s.getRow(5).getCell(4).getStringCellValue(), "MFP-002 not read yet");
            assertEquals("合計", s.getRow(6).getCell(0).getStringCellValue());
            assertEquals(4_747, s.getRow(6).getCell(11).getNumericCellValue());
            assertEquals("所属別の内訳", s.getRow(8).getCell(0).getStringCellValue());
            assertEquals("総務課", s.getRow(11).getCell(0).getStringCellValue());
        }
    }

    @Test
    void anEditedSheetComesBackAsNewReadingsAndCorrections() throws Exception {
        Path file = edited(export(), s -> {
            s.getRow(4).getCell(4).setCellValue(12_400); // MFP-001 corrected
            s.getRow(5).getCell(4).setCellValue(1_000); // MFP-002 read
            s.getRow(5).getCell(5).setCellValue(10);
        });
        MeterImport.Result r = new MeterImport(f.ctx).run(f.op1, ImportFiles.open(file));
        assertEquals(new MeterImport.Result(1, 1, 0), r);
        var lines = meters.month(f.op1, APR);
        assertEquals(new Counts(2_400, 100), lines.get(0).pages());
        assertEquals(2_150, lines.get(1).charge());
        // the same file again changes nothing
        assertEquals(new MeterImport.Result(0, 0, 2), new MeterImport(f.ctx).run(f.op1, ImportFiles.open(file)));
        assertTrue(LedgerVerifier.verify(f.ctx.ledger()).ok());
    }

    @Test
    void rowErrorsNameRowAndColumnAndNothingIsHalfImported() throws Exception {
        Path file = edited(export(), s -> {
            s.getRow(5).getCell(4).setCellValue(1_000); // MFP-002: a good row, before the bad one…
            s.getRow(5).getCell(5).setCellValue(10);
            s.getRow(4).getCell(4).setCellValue(9_000); // MFP-001 below the installed counters
            s.getRow(4).getCell(6).setCellValue("はい");
        });
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> new MeterImport(f.ctx).run(f.op1, ImportFiles.open(file)));
        assertTrue(e.getMessage().contains("行 5 列 G: メーター交換は"), e.getMessage());
        // …is not written either
        assertEquals(java.util.Optional.empty(), meters.month(f.op1, APR).get(1).usage());

        Path lower = edited(export(), s -> s.getRow(4).getCell(4).setCellValue(9_000));
        InvalidInputException e2 = assertThrows(
                InvalidInputException.class, () -> new MeterImport(f.ctx).run(f.op1, ImportFiles.open(lower)));
        assertTrue(e2.getMessage().contains("行 5 列 E: 機器 MFP-001 の 2027-04"), e2.getMessage());

        Path notANumber = edited(export(), s -> s.getRow(5).getCell(4).setCellValue("千"));
        InvalidInputException e3 = assertThrows(
                InvalidInputException.class, () -> new MeterImport(f.ctx).run(f.op1, ImportFiles.open(notANumber)));
        assertTrue(e3.getMessage().contains("行 6 列 E: 今回モノクロは0以上の整数"), e3.getMessage());
        assertTrue(e3.getMessage().contains("行 6 列 F"), "the colour left blank: " + e3.getMessage());
        MeterLine first = meters.month(f.op1, APR).get(0);
        assertEquals(new Counts(12_345, 2_100), first.reading().orElseThrow().counts());
    }

    @Test
    void aNewMetersStartAndTheMonthsTermsGoOutAndComeBackUnchanged() throws Exception {
        YearMonth may = APR.plusMonths(1);
        // May: MFP-001's meter replaced, the new one started at 50 / 5; MFP-002 moved to 税務課 at 1円 from May
        meters.read(f.op1, "MFP-001", may, new Counts(1_050, 85), true, new Counts(50, 5));
        meters.changeMachine(f.op1, "MFP-002", 1, "MFP-002", may, "税務課", "1", "15");
        meters.read(f.op1, "MFP-002", may, new Counts(300, 0), false);
        Path out = dir.resolve("5月.xlsx");
        MeterWorkbook.export(f.ctx, f.op1, may, out);
        try (InputStream in = Files.newInputStream(out);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertEquals("交換", s.getRow(4).getCell(6).getStringCellValue());
            assertEquals(1_000, s.getRow(4).getCell(7).getNumericCellValue(), "1,050 − 50");
            assertEquals(80, s.getRow(4).getCell(8).getNumericCellValue(), "85 − 5");
            assertEquals(2_484, s.getRow(4).getCell(11).getNumericCellValue(), "1,000 × 1.5 + 80 × 12.3");
            assertEquals("税務課", s.getRow(5).getCell(1).getStringCellValue());
            assertEquals(300, s.getRow(5).getCell(11).getNumericCellValue(), "300 × 1円");
        }
        assertEquals(new MeterImport.Result(0, 0, 2), new MeterImport(f.ctx).run(f.op1, ImportFiles.open(out)));
        MeterLine line = meters.month(f.op1, may).get(0);
        assertEquals(new Counts(1_000, 80), line.pages(), "the new meter's start is kept");
        // April as it was: MFP-002 in 人事課
        assertEquals("人事課", meters.month(f.op1, APR).get(1).copier().department());
        assertTrue(LedgerVerifier.verify(f.ctx.ledger()).ok());
    }
}
