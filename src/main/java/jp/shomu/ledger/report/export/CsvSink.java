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
import jp.shomu.ledger.report.Cp932Text;
import jp.shomu.ledger.report.TextFiles;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the export as one CSV file per table (Excel's dialect: commas, CRLF, quotes as needed). UTF-8 files start
 * with a BOM so Excel on a city PC reads them right. In CP932 a character Windows writes another way is written as
 * Windows' equivalent ({@link Cp932Text}); one with no equivalent becomes 〓 (geta) and is named, with its file, row
 * and column, in {@link #notWritten()}, so nobody is surprised by a value that changed.
 */
final class CsvSink implements ExportSink {
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy/MM/dd");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy/MM/dd HH:mm:ss");

    private final Path dir;
    private final Charset charset;
    private final List<Path> written = new ArrayList<>();
    private final List<String> notWritten = new ArrayList<>();
    private final Cp932Text cp932;
    private CSVPrinter printer;
    private String fileName;
    private List<String> headers;
    private long row;

    CsvSink(Path dir, Charset charset) {
        this.dir = dir;
        this.charset = charset;
        this.cp932 = charset.equals(TextFiles.CP932) ? new Cp932Text() : null;
    }

    /** 「case_file.csv 12行目「件名」: U+2661 ♡ …」 for each value CP932 could not hold; empty in UTF-8. */
    List<String> notWritten() {
        return notWritten;
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
        this.fileName = file.getFileName().toString();
        this.headers = headers;
        this.row = 1;
        printer.printRecord(headers.stream().map(h -> forCharset(h, "")).toList());
        written.add(file);
    }

    @Override
    public void row(List<Object> values) throws IOException {
        row++;
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
                cells.add(forCharset(CellText.forCsv(v.toString()), headers.get(cells.size())));
            }
        }
        printer.printRecord(cells);
    }

    private String forCharset(String text, String column) {
        if (cp932 == null) {
            return text;
        }
        String windows = Cp932Text.toWindows(text);
        int bad = cp932.firstUnwritable(windows);
        if (bad >= 0) {
            notWritten.add(fileName + " " + row + "行目" + (column.isEmpty() ? "" : "「" + column + "」") + ": "
                    + Cp932Text.describe(bad) + " など CP932 にない文字を〓にしました");
        }
        return windows;
    }

    @Override
    public void end() throws IOException {
        printer.close();
        printer = null;
    }
}
