package jp.shomu.ledger.service.imports;

import java.util.List;

/** The rows of a file to import (CSV or Excel), handed on one at a time so no file has to fit in memory. */
public interface RowSource {
    /** The file's name, for messages. */
    String name();

    /**
     * Hands every row to {@code handler} in order, with its row number as a spreadsheet shows it (the first row is
     * 1; blank rows count).
     */
    void read(RowHandler handler);

    /**
     * Whether every row of this file has a definite number of columns that must equal the header's (a CSV line
     * does; a spreadsheet row simply ends at its last filled cell). A CSV line with fewer or more columns has lost or
     * gained a separator, so its values would land in the wrong fields.
     */
    default boolean rowsHaveFixedWidth() {
        return false;
    }

    @FunctionalInterface
    interface RowHandler {
        void row(int rowNumber, List<String> cells);
    }
}
