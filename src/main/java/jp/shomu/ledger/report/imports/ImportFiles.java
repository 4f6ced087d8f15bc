package jp.shomu.ledger.report.imports;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.service.imports.RowSource;

/** Opens a file to import by its extension: .csv (or .txt) as CSV, .xlsx as Excel. */
public final class ImportFiles {
    private ImportFiles() {}

    public static RowSource open(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new InvalidInputException("ファイルがありません: " + file);
        }
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv") || name.endsWith(".txt")) {
            return new CsvRowSource(file);
        }
        if (name.endsWith(".xlsx") || name.endsWith(".xlsm")) {
            return new XlsxRowSource(file);
        }
        if (name.endsWith(".xls")) {
            throw new InvalidInputException("Excel 97-2003 形式(.xls)は読めません。Excel で .xlsx 形式に保存し直してください: " + file);
        }
        throw new InvalidInputException("取り込めるのは .csv と .xlsx のファイルです: " + file);
    }
}
