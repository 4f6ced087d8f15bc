package jp.shomu.ledger.report.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.report.TextFiles;
import jp.shomu.ledger.service.imports.RowSource;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file in UTF-8 (with or without BOM) or CP932, detected, parsed by Commons CSV as a stream. Row numbers are
 * those a spreadsheet shows: one per record, blank lines included (a quoted value may span several lines of text).
 */
public final class CsvRowSource implements RowSource {
    private final Path file;

    public CsvRowSource(Path file) {
        this.file = file;
    }

    @Override
    public String name() {
        return file.getFileName().toString();
    }

    @Override
    public boolean rowsHaveFixedWidth() {
        return true;
    }

    @Override
    public void read(RowHandler handler) {
        CSVFormat format = CSVFormat.DEFAULT
                .builder()
                .setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false)
                .get();
        try (InputStream in = Files.newInputStream(file);
                Reader reader = TextFiles.reader(file, in);
                CSVParser parser =
                        CSVParser.builder().setReader(reader).setFormat(format).get()) {
            for (CSVRecord record : parser) {
                List<String> cells = new ArrayList<>(record.size());
                record.forEach(cells::add);
                handler.row((int) record.getRecordNumber(), cells);
            }
        } catch (IOException | UncheckedIOException e) {
            throw new InvalidInputException(name() + " を CSV として読めません: " + e.getMessage());
        }
    }
}
