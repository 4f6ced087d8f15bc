package jp.shomu.ledger.report.export;

import java.util.List;

/**
 * One ledger table as exported: the sheet (and CSV file) it becomes, how it is read page by page, and its columns.
 *
 * @param table  the ledger's table name; also the CSV file's name
 * @param title  the Japanese sheet name (at most 31 characters, Excel's limit)
 * @param from   the FROM clause (a join where a column needs another table)
 * @param keys   the unique key the pages are read in order of
 */
record ExportTable(
        String table, String title, String from, List<String> keys, List<ExportColumn> columns, String description) {
    ExportTable {
        keys = List.copyOf(keys);
        columns = List.copyOf(columns);
    }

    List<ExportColumn> written() {
        return columns.stream().filter(c -> c.kind() != ColumnKind.HIDDEN).toList();
    }

    int indexOf(String columnName) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).columnName().equals(columnName)) {
                return i;
            }
        }
        throw new IllegalArgumentException(table + " has no column " + columnName);
    }
}
