package jp.shomu.ledger.report.export;

import java.io.IOException;
import java.util.List;

/** Where the export writes its tables: sheets of one workbook, or one CSV file per table. */
interface ExportSink {
    /**
     * Starts a table.
     *
     * @param name  a file-safe English name (the ledger's table name, or a name for a dictionary table)
     * @param title the Japanese sheet name
     */
    void begin(String name, String title, List<String> headers, List<ColumnKind> kinds) throws IOException;

    /** One row: String, Long/Integer/Double, LocalDate, LocalDateTime or null, in the order of the headers. */
    void row(List<Object> values) throws IOException;

    void end() throws IOException;
}
