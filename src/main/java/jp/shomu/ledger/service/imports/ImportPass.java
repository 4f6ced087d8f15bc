package jp.shomu.ledger.service.imports;

import java.sql.SQLException;
import jp.shomu.ledger.domain.catalog.Catalog;
import jp.shomu.ledger.domain.imports.ImportMapping;

/**
 * One reading of the file: skips the rows above the header, plans the columns from the header, skips blank rows,
 * and checks every data row.
 */
public final class ImportPass {
    private ImportPass() {}

    /** Receives each checked row; {@code header} is true for problems of the header row itself. */
    @FunctionalInterface
    public interface RowCallback {
        void accept(int row, boolean header, RowValidator.Outcome outcome) throws SQLException;
    }

    /** Carries a database error out of a row handler, to be rethrown as what it was. */
    public static final class SqlFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SqlFailure(SQLException cause) {
            super(cause);
        }

        public SQLException sqlException() {
            return (SQLException) getCause();
        }
    }

    public static void run(RowSource source, ImportMapping mapping, Catalog catalog, RowCallback callback) {
        RowValidator[] validator = {null};
        int[] headerWidth = {0};
        source.read((row, cells) -> {
            try {
                if (row < mapping.headerRow()) {
                    return;
                }
                if (row == mapping.headerRow()) {
                    ColumnPlan plan = ColumnPlan.of(cells, row, mapping, catalog);
                    validator[0] = new RowValidator(catalog, mapping, plan);
                    headerWidth[0] = cells.size();
                    if (!plan.problems().isEmpty()) {
                        callback.accept(
                                row, true, new RowValidator.Outcome(java.util.Optional.empty(), plan.problems()));
                    }
                    return;
                }
                if (RowValidator.isBlank(cells)) {
                    return;
                }
                if (source.rowsHaveFixedWidth() && cells.size() != headerWidth[0]) {
                    callback.accept(row, false, widthProblem(row, cells.size(), headerWidth[0]));
                    return;
                }
                callback.accept(row, false, validator[0].check(row, cells));
            } catch (SQLException e) {
                throw new SqlFailure(e);
            }
        });
        if (validator[0] == null) {
            callback(callback, mapping.headerRow());
        }
    }

    /** A row whose values would be read into the wrong columns: refused as a whole, never guessed. */
    private static RowValidator.Outcome widthProblem(int row, int width, int headerWidth) {
        String message = "この行は" + width + "列ですが、見出しは" + headerWidth + "列です"
                + (width < headerWidth ? "(値が足りません。" : "(値が多すぎます。")
                + "区切りの「,」や引用符「\"」が抜けたり余ったりしていないか確かめてください)";
        return new RowValidator.Outcome(
                java.util.Optional.empty(), java.util.List.of(new ImportProblem(row, "", message)));
    }

    private static void callback(RowCallback callback, int headerRow) {
        try {
            callback.accept(
                    headerRow,
                    true,
                    new RowValidator.Outcome(
                            java.util.Optional.empty(),
                            java.util.List.of(new ImportProblem(headerRow, "", "見出しの行がありません(ファイルが空か、見出しの行の指定が違います)"))));
        } catch (SQLException e) {
            throw new SqlFailure(e);
        }
    }
}
