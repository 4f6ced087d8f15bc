package jp.shomu.ledger.report.export;

/** How an exported column's value is read from the ledger and written to the sheet or CSV. */
enum ColumnKind {
    /** Text as stored. */
    TEXT("文字列"),
    /** An integer (or decimal) as stored. */
    NUMBER("数値"),
    /** A day stored as 2026-10-01; written as a date. */
    DATE("日付"),
    /** A moment stored in UTC (2026-10-01T00:15:30Z); written as the Japanese date and time. */
    INSTANT("日時(日本時間)"),
    /** A case field's value, masked where the reader may not see it. */
    FIELD_VALUE("文字列(機微な項目は権限により＊＊＊)"),
    /** The Japanese name of a case field, looked up in the catalog version of the case. */
    FIELD_LABEL("文字列(カタログから)"),
    /** An audit trail image (JSON), with sensitive fields masked where the reader may not see them. */
    AUDIT_IMAGE("JSON(機微な項目は権限により＊＊＊)"),
    /** Read to work out another column, not written. */
    HIDDEN("");

    private final String label;

    ColumnKind(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
