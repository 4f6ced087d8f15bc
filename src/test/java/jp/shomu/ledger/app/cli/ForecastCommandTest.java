package jp.shomu.ledger.app.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.catalog.TaskType;
import jp.shomu.ledger.store.settings.CatalogJson;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** forecast --ledger F --fiscal-year YYYY [--out FILE.xlsx]: the fixed line format and the workbook's charts. */
class ForecastCommandTest {
    @TempDir
    Path dir;

    private final CliRunner cli = new CliRunner("tester");

    @Test
    void oneLinePerMonthAndMajorWhoseHoursAddUpToTheCatalogOnAnEmptyLedger() throws Exception {
        Path ledger = dir.resolve("l.db");
        assertEquals(0, cli.run("init", "--ledger", ledger.toString()).code());
        Path xlsx = dir.resolve("forecast.xlsx");
        CliRunner.Result r =
                cli.run("forecast", "--ledger", ledger.toString(), "--fiscal-year", "2026", "--out", xlsx.toString());
        assertEquals(0, r.code(), r.err());
        List<String> lines = r.out().lines().toList();
        assertEquals(12 * 7, lines.size(), r.out());
        assertTrue(lines.get(0).matches("2026-04\t1\t\\d+\t\\d+\\.\\d\t\\d+\\.\\d\t0\\.0"), lines.get(0));
        assertTrue(lines.get(lines.size() - 1).startsWith("2027-03\t7\t"), lines.get(lines.size() - 1));

        Catalog catalog = CatalogJson.bundled();
        Map<String, Double> hours = new HashMap<>();
        Map<String, Long> cases = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split("\t");
            assertEquals(6, f.length, line);
            hours.merge(f[1], Double.parseDouble(f[3]), Double::sum);
            cases.merge(f[1], Long.parseLong(f[2]), Long::sum);
        }
        for (int major = 1; major <= 7; major++) {
            String code = String.valueOf(major);
            long minutes = 0;
            long annual = 0;
            for (TaskType t : catalog.taskTypes()) {
                if (t.majorCode().equals(code)) {
                    minutes += (long) t.annualCases() * t.standardMinutes();
                    annual += t.annualCases();
                }
            }
            assertEquals(annual, cases.get(code), code);
            assertEquals(Math.round(minutes / 60.0), Math.round(hours.get(code)), code);
        }

        try (InputStream in = Files.newInputStream(xlsx);
                XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet months = wb.getSheet("月別");
            assertEquals(2, months.getDrawingPatriarch().getCharts().size());
            assertEquals(
                    1, wb.getSheet("大区分別").getDrawingPatriarch().getCharts().size());
            assertEquals(22 + 4, wb.getSheet("中区分別").getLastRowNum() + 1);
            assertEquals(5075.0, wb.getSheet("大区分別").getRow(4).getCell(2).getNumericCellValue());
        }
    }

    @Test
    void aBadYearOrOutputFileExitsOne() {
        Path ledger = dir.resolve("l.db");
        cli.run("init", "--ledger", ledger.toString());
        assertEquals(
                1,
                cli.run("forecast", "--ledger", ledger.toString(), "--fiscal-year", "26")
                        .code());
        assertEquals(
                1,
                cli.run("forecast", "--ledger", ledger.toString(), "--fiscal-year", "2026", "--out", "x.csv")
                        .code());
    }
}
