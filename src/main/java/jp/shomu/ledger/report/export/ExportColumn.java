package jp.shomu.ledger.report.export;

/**
 * One exported column.
 *
 * @param sql         the column (or qualified column) read from the ledger
 * @param header      the Japanese heading written in the sheet and the CSV
 * @param description what it holds, for the data dictionary
 */
record ExportColumn(String sql, String header, ColumnKind kind, String description) {
    static ExportColumn text(String sql, String header, String description) {
        return new ExportColumn(sql, header, ColumnKind.TEXT, description);
    }

    static ExportColumn number(String sql, String header, String description) {
        return new ExportColumn(sql, header, ColumnKind.NUMBER, description);
    }

    static ExportColumn date(String sql, String header, String description) {
        return new ExportColumn(sql, header, ColumnKind.DATE, description);
    }

    static ExportColumn instant(String sql, String header, String description) {
        return new ExportColumn(sql, header, ColumnKind.INSTANT, description);
    }

    /** The bare column name (without a table alias), as the ledger's schema names it. */
    String columnName() {
        int dot = sql.indexOf('.');
        return dot < 0 ? sql : sql.substring(dot + 1);
    }
}
