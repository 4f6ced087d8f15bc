package jp.shomu.ledger.domain.tables;

/**
 * Where things are on every table's sheet, exported and imported alike: the title in row 1, 「対象月」 and the
 * month (YYYY-MM) in row 2, the column headers in row 4, the rows from row 5 down to the row that starts with
 * 「合計」. What follows the totals (the split by department) is for reading only.
 */
public final class TableSheet {
    public static final int MONTH_ROW = 2;
    public static final String MONTH_LABEL = "対象月";
    public static final int HEADER_ROW = 4;
    public static final String TOTAL = "合計";

    private TableSheet() {}
}
