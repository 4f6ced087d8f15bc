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
 * Reads a table's sheet in the layout it was exported in ({@link TableSheet}): the month, then each block of rows
 * from its column headers (checked) down to its 合計 row. Blank rows and the headings between blocks are skipped.
 */
final class TableSheetReader {
    /** A row of the sheet, numbered as the spreadsheet shows it. */
    record Row(int number, List<String> cells) {
        String cell(int column) {
            return column < cells.size() ? cells.get(column).strip() : "";
        }
    }

    /** The month and the rows of each block, in the order of the headers asked for. */
    record Sheet(YearMonth month, List<List<Row>> blocks) {
        List<Row> rows() {
            return blocks.get(0);
        }
    }

    private TableSheetReader() {}

    @SafeVarargs
    static Sheet read(RowSource source, RowErrors errors, List<String>... headers) {
        List<List<Row>> blocks = new ArrayList<>();
        YearMonth[] month = {null};
        boolean[] inBlock = {false};
        source.read((number, cells) -> {
            Row row = new Row(number, cells);
            if (number == TableSheet.MONTH_ROW) {
                month[0] = month(row, errors);
            } else if (number > TableSheet.MONTH_ROW && blocks.size() <= headers.length) {
                if (inBlock[0]) {
                    if (TableSheet.TOTAL.equals(row.cell(0))) {
                        inBlock[0] = false;
                    } else if (cells.stream().anyMatch(c -> !c.isBlank())) {
                        blocks.get(blocks.size() - 1).add(row);
                    }
                } else if (blocks.size() < headers.length
                        && headers[blocks.size()].get(0).equals(row.cell(0))) {
                    checkHeaders(row, headers[blocks.size()], errors);
                    blocks.add(new ArrayList<>());
                    inBlock[0] = true;
                }
            }
        });
        if (month[0] == null && errors.problems().isEmpty()) {
            throw new InvalidInputException(source.name() + " の2行目に「" + TableSheet.MONTH_LABEL + "」と月(YYYY-MM)がありません");
        }
        while (blocks.size() < headers.length) {
            errors.add(
                    TableSheet.HEADER_ROW,
                    0,
                    "見出し「" + headers[blocks.size()].get(0) + "」で始まる行がありません。出力した表の形のまま取り込んでください");
            blocks.add(new ArrayList<>());
        }
        return new Sheet(month[0], blocks);
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
