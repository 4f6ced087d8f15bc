package jp.shomu.ledger.report.export;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the export as one CSV file per table (Excel's dialect: commas, CRLF, quotes as needed). UTF-8 files start
 * with a BOM so Excel on a city PC reads them right; in CP932 a character it cannot hold becomes 〓 (geta).
 */
final class CsvSink implements ExportSink {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private final Path dir;
    private final Charset charset;
    private final List<Path> written = new ArrayList<>();
    private CSVPrinter printer;

    CsvSink(Path dir, Charset charset) {
        this.dir = dir;
        this.charset = charset;
    }

    List<Path> written() {
        return written;
    }

    @Override
    public void begin(String name, String title, List<String> headers, List<ColumnKind> kinds) throws IOException {
        Path file = dir.resolve(name + ".csv");
        OutputStream out = Files.newOutputStream(file);
        if (charset.equals(StandardCharsets.UTF_8)) {
            out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
        }
        CharsetEncoder encoder = charset.newEncoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        if (!charset.equals(StandardCharsets.UTF_8)) {
            encoder.replaceWith("〓".getBytes(charset));
        }
        printer = new CSVPrinter(new BufferedWriter(new OutputStreamWriter(out, encoder), 1 << 16), CSVFormat.EXCEL);
        printer.printRecord(headers);
        written.add(file);
    }

    @Override
    public void row(List<Object> values) throws IOException {
        List<String> cells = new ArrayList<>(values.size());
        for (Object v : values) {
            if (v == null) {
                cells.add("");
            } else if (v instanceof LocalDate d) {
                cells.add(d.format(DATE));
            } else if (v instanceof LocalDateTime t) {
                cells.add(t.format(DATE_TIME));
            } else if (v instanceof Number) {
                cells.add(v.toString());
            } else {
                cells.add(CellText.forCsv(v.toString()));
            }
        }
        printer.printRecord(cells);
    }

    @Override
    public void end() throws IOException {
        printer.close();
        printer = null;
    }
}
