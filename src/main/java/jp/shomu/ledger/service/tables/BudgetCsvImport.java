package jp.shomu.ledger.service.tables;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import jp.shomu.ledger.domain.staff.Action;
import jp.shomu.ledger.domain.staff.Permissions;
import jp.shomu.ledger.domain.staff.StaffMember;
import jp.shomu.ledger.domain.tables.BudgetLine;
import jp.shomu.ledger.domain.tables.BudgetSheet;
import jp.shomu.ledger.domain.tables.RowErrors;
import jp.shomu.ledger.service.LedgerContext;
import jp.shomu.ledger.service.imports.RowSource;
import jp.shomu.ledger.store.tables.BudgetRepository;

/**
 * Takes in the financial system's payment export (CSV, UTF-8 with or without BOM or CP932, read by the case import's
 * row reader): one payment a row, found by its header names (other columns are ignored). The payments are added up
 * by budget line and month, and each sum becomes that line's 執行額 for the month, replacing what was there (the
 * export is the month's full extract, so taking it in twice changes nothing). One bad row writes nothing.
 */
public final class BudgetCsvImport {
    private static final DateTimeFormatter SLASHED = DateTimeFormatter.ofPattern("uuuu/M/d");

    private record Key(int year, String code, String department, YearMonth month) {}

    private final LedgerContext ctx;

    public BudgetCsvImport(LedgerContext ctx) {
        this.ctx = ctx;
    }

    /** Returns what was taken in, as a sentence. */
    public String run(StaffMember actor, RowSource source) {
        Permissions.require(actor, Action.IMPORT);
        Permissions.require(actor, Action.EDIT_CASE);
        RowErrors errors = new RowErrors(source.name());
        Map<String, Integer> columns = new HashMap<>();
        Map<Key, Long> sums = new LinkedHashMap<>();
        Map<Key, Integer> firstRow = new HashMap<>();
        int[] payments = {0};
        source.read((number, cells) -> {
            if (number == 1) {
                header(cells, columns, errors);
            } else if (!columns.isEmpty() && cells.stream().anyMatch(c -> !c.isBlank())) {
                Key key = key(number, cells, columns, errors);
                Long amount = amount(number, cells, columns, errors);
                if (key != null && amount != null) {
                    sums.merge(key, amount, Long::sum);
                    firstRow.putIfAbsent(key, number);
                    payments[0]++;
                }
            }
        });
        errors.throwIfAny();
        return ctx.ledger().write(actor.login(), tx -> {
            for (Map.Entry<Key, Long> e : sums.entrySet()) {
                Key k = e.getKey();
                var line = BudgetRepository.line(tx.connection(), k.year(), k.code(), k.department());
                if (line.isEmpty()) {
                    errors.add(
                            firstRow.get(k),
                            columns.get(BudgetSheet.CSV_CODE),
                            "予算科目 " + k.code() + "(" + k.department() + "、" + k.year() + "年度)は登録されていません");
                } else {
                    BudgetRepository.spend(tx, line.get().id(), k.month(), e.getValue());
                }
            }
            errors.throwIfAny();
            return "支払 " + payments[0] + " 件を取り込みました(予算の行と月 " + sums.size() + " 件の執行額)";
        });
    }

    private static void header(List<String> cells, Map<String, Integer> columns, RowErrors errors) {
        for (int i = 0; i < cells.size(); i++) {
            columns.putIfAbsent(cells.get(i).strip().replace("\uFEFF", ""), i);
        }
        for (String required : BudgetSheet.CSV_REQUIRED) {
            if (!columns.containsKey(required)) {
                errors.add(
                        1,
                        cells.size(),
                        "見出しに「" + required + "」がありません(必要な列: " + String.join("、", BudgetSheet.CSV_REQUIRED) + ")");
            }
        }
        if (!errors.problems().isEmpty()) {
            columns.clear();
        }
    }

    private static String cell(List<String> cells, int column) {
        return column < cells.size() ? cells.get(column).strip() : "";
    }

    private static Key key(int row, List<String> cells, Map<String, Integer> columns, RowErrors errors) {
        int yearColumn = columns.get(BudgetSheet.CSV_YEAR);
        String year = cell(cells, yearColumn);
        boolean ok = true;
        if (!year.matches("\\d{4}")) {
            errors.add(row, yearColumn, "会計年度は4桁の西暦で入力してください(「" + year + "」)");
            ok = false;
        }
        YearMonth month = month(row, cells, columns.get(BudgetSheet.CSV_DATE), errors);
        String code = cell(cells, columns.get(BudgetSheet.CSV_CODE));
        String department = cell(cells, columns.get(BudgetSheet.CSV_DEPARTMENT));
        if (code.isEmpty()) {
            errors.add(row, columns.get(BudgetSheet.CSV_CODE), "予算科目コードがありません");
            ok = false;
        }
        if (department.isEmpty()) {
            errors.add(row, columns.get(BudgetSheet.CSV_DEPARTMENT), "所属名がありません");
            ok = false;
        }
        if (ok && month != null) {
            int fiscal = Integer.parseInt(year);
            // 出納整理期間: payments of April and May may still belong to the year before
            if (BudgetLine.fiscalYearOf(month) != fiscal
                    && !(BudgetLine.fiscalYearOf(month) == fiscal + 1 && month.getMonthValue() <= 5)) {
                errors.add(row, columns.get(BudgetSheet.CSV_DATE), "支出日 " + month + " は " + fiscal + "年度のものではありません");
                return null;
            }
            return new Key(fiscal, code, department, month);
        }
        return null;
    }

    private static YearMonth month(int row, List<String> cells, int column, RowErrors errors) {
        String text = cell(cells, column);
        try {
            return YearMonth.from(text.contains("/") ? LocalDate.parse(text, SLASHED) : LocalDate.parse(text));
        } catch (DateTimeParseException e) {
            errors.add(row, column, "支出日は 2027-04-15 または 2027/4/15 の形で入力してください(「" + text + "」)");
            return null;
        }
    }

    private static Long amount(int row, List<String> cells, Map<String, Integer> columns, RowErrors errors) {
        int column = columns.get(BudgetSheet.CSV_AMOUNT);
        String text = cell(cells, column).replace(",", "");
        if (!text.matches("-?\\d{1,13}")) {
            errors.add(row, column, "金額は円単位の整数で入力してください(「" + cell(cells, column) + "」)");
            return null;
        }
        return Long.parseLong(text);
    }
}
