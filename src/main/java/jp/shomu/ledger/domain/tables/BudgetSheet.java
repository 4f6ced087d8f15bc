package jp.shomu.ledger.domain.tables;

import java.util.List;

/**
 * The 4-2 sheet (exported and imported alike) and the columns of the financial system's CSV export
 * (docs/TABLES.md). The sheet's import reads 予算科目コード, 所属 and 当月の執行額.
 */
public final class BudgetSheet {
    public static final List<String> HEADERS =
            List.of("予算科目コード", "経費種別", "所属", "予算額", "前月までの執行額", "当月の執行額", "累計", "残額", "執行率(%)");
    public static final int CODE = 0;
    public static final int DEPARTMENT = 2;
    public static final int MONTH_SPENT = 5;
    public static final List<String> SPLIT_HEADERS = List.of("所属", "予算額", "当月の執行額", "累計", "残額", "執行率(%)");

    /** The financial system's payment export: one payment a row (会計年度 … 摘要). */
    public static final String CSV_YEAR = "会計年度";

    public static final String CSV_DATE = "支出日";
    public static final String CSV_CODE = "予算科目コード";
    public static final String CSV_DEPARTMENT = "所属名";
    public static final String CSV_AMOUNT = "金額";
    public static final List<String> CSV_REQUIRED = List.of(CSV_YEAR, CSV_DATE, CSV_CODE, CSV_DEPARTMENT, CSV_AMOUNT);

    private BudgetSheet() {}
}
