package jp.shomu.ledger.service.imports;

/** Why one row (or the header) cannot be imported: its row number as the user sees it, the column, the reason. */
public record ImportProblem(int row, String column, String message) {
    /** 「12行目「受付日」: …」 */
    public String text() {
        return row + "行目" + (column == null || column.isEmpty() ? "" : "「" + column + "」") + ": " + message;
    }
}
