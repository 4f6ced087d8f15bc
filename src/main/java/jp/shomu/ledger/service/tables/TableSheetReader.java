package jp.shomu.ledger.service.tables;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.tables.RowErrors;
import jp.shomu.ledger.domain.tables.TableMonth;
import jp.shomu.ledger.domain.tables.TableSheet;
import jp.shomu.ledger.service.imports.RowSource;

/**
 * Reads a table's sheet in the layout it was exported in ({@link TableSheet}): the month, the headers (checked) and
 * the rows up to the totals. Blank rows are skipped.
 */
final class TableSheetReader {
    /** A row of the sheet, numbered as the spreadsheet shows it. */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    record Sheet(YearMonth month, List<Row> rows) {}

    private TableSheetReader() {}

    static Sheet read(RowSource source, List<String> headers, RowErrors errors) {
        List<Row> rows = new ArrayList<>();
        YearMonth[] month = {null};
        boolean[] ended = {false};
        boolean[] headed = {false};
        source.read((number, cells) -> {
            Row row = new Row(number, cells);
            if (number == TableSheet.MONTH_ROW) {
                month[0] = month(row, errors);
            } else if (number == TableSheet.HEADER_ROW) {
                headed[0] = true;
                checkHeaders(row, headers, errors);
            } else if (number > TableSheet.HEADER_ROW && !ended[0]) {
                if (TableSheet.TOTAL.equals(row.cell(0))) {
                    ended[0] = true;
                } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                    rows.add(row);
                }
            }
        });
        if (month[0] == null && errors.problems().isEmpty()) {
            throw new InvalidInputException(source.name() + " の2行目に「" + TableSheet.MONTH_LABEL + "」と月(YYYY-MM)がありません");
        }
        if (!headed[0]) {
            errors.add(TableSheet.HEADER_ROW, 0, "見出しの行がありません。出力した表の形のまま取り込んでください");
        }
        return new Sheet(month[0], rows);
    }

    private static YearMonth month(Row row, RowErrors errors) {
        try {
            return TableMonth.parse(row.cell(1));
        } catch (InvalidInputException e) {
            errors.add(row.number(), 1, e.getMessage());
            return null;
        }
    }

    private static void checkHeaders(Row row, List<String> headers, RowErrors errors) {
        for (int i = 0; i < headers.size(); i++) {
            if (!headers.get(i).equals(row.cell(i))) {
                errors.add(
                        row.number(),
                        i,
                        "見出しが「" + headers.get(i) + "」ではありません(「" + row.cell(i) + "」)。出力した表の形のまま取り込んでください");
            }
        }
    }
}
