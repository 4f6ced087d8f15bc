package jp.shomu.ledger.report;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.calendar.Holiday;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads the Cabinet Office's 国民の祝日 CSV (syukujitsu.csv: "1955/1/1,元日", CP932, one header row).
 * A malformed row is reported with its row number; nothing is returned then.
 */
public final class HolidayCsvImport {
    private HolidayCsvImport() {}

    public static List<Holiday> read(Path file) {
        String text = TextFiles.read(file);
        List<Holiday> holidays = new ArrayList<>();
        try (var parser = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(true)
                .setTrim(true)
                .get()
                .parse(new StringReader(text))) {
            for (CSVRecord row : parser) {
                long line = row.getRecordNumber();
                String first = row.get(0);
                if (line == 1 && !first.matches("\\d.*")) {
                    continue;
                }
                if (row.size() < 2) {
                    throw new InvalidInputException(file.getFileName() + " の " + line + " 行目: 日付と名称の2列が必要です");
                }
                holidays.add(new Holiday(date(file, line, first), row.get(1)));
            }
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new InvalidInputException(file.getFileName() + " を CSV として読めません: " + e.getMessage());
        }
        if (holidays.isEmpty()) {
            throw new InvalidInputException(file.getFileName() + " に祝日の行がありません");
        }
        return holidays;
    }

    private static LocalDate date(Path file, long line, String text) {
        String[] p = text.split("[/-]");
        try {
            if (p.length != 3) {
                throw new NumberFormatException();
            }
            return LocalDate.of(Integer.parseInt(p[0]), Integer.parseInt(p[1]), Integer.parseInt(p[2]));
        } catch (RuntimeException e) {
            throw new InvalidInputException(
                    file.getFileName() + " の " + line + " 行目: 日付「" + text + "」を読めません(例: 2027/1/1)");
        }
    }
}
