package jp.shomu.ledger.domain.tables;

import java.util.ArrayList;
import java.util.List;
import jp.shomu.ledger.domain.cases.InvalidInputException;
import jp.shomu.ledger.domain.imports.ColumnLetters;

/**
 * The problems found in a table's import file, each as 「行 N 列 X: …」 (the row and column letters a spreadsheet
 * shows). An import with any problem writes nothing.
 */
public final class RowErrors {
    private static final int SHOWN = 20;
    private final String file;
    private final List<String> problems = new ArrayList<>();

    public RowErrors(String file) {
        this.file = file;
    }

    public void add(int row, int column, String message) {
        problems.add("行 " + row + " 列 " + ColumnLetters.of(column) + ": " + message);
    }

    public List<String> problems() {
        return List.copyOf(problems);
    }

    /** A whole number ≥ 0 from a cell, or null (and a problem) when it is not one. */
    public Long count(int row, int column, String header, String cell) {
        String t = cell == null ? "" : cell.strip().replace(",", "");
        if (!t.matches("\\d{1,15}")) {
            add(row, column, header + "は0以上の整数で入力してください(「" + (cell == null ? "" : cell.strip()) + "」)");
            return null;
        }
        return Long.parseLong(t);
    }

    /** Refuses the import, listing the first problems, when there is any. */
    public void throwIfAny() {
        if (problems.isEmpty()) {
            return;
        }
        List<String> shown = problems.subList(0, Math.min(SHOWN, problems.size()));
        throw new InvalidInputException(
                file + " に誤りが " + problems.size() + " 件あります。1件でも誤りがあると何も取り込みません。\n" + String.join("\n", shown)
                        + (problems.size() > SHOWN ? "\n…ほか " + (problems.size() - SHOWN) + " 件" : ""));
    }
}
