package jp.shomu.ledger.ui.tables;

import java.nio.file.Path;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import jp.shomu.ledger.domain.tables.BudgetLine;
import jp.shomu.ledger.domain.tables.BudgetMonthLine;
import jp.shomu.ledger.report.imports.ImportFiles;
import jp.shomu.ledger.report.tables.BudgetWorkbook;
import jp.shomu.ledger.service.tables.BudgetCsvImport;
import jp.shomu.ledger.service.tables.BudgetImport;
import jp.shomu.ledger.service.tables.BudgetService;
import jp.shomu.ledger.ui.common.DialogService;
import jp.shomu.ledger.ui.common.ErrorText;
import jp.shomu.ledger.ui.common.FileKind;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.common.Session;
import jp.shomu.ledger.ui.common.TaskExecutor;

/**
 * The 4-2 screen: every budget line's month (当月の執行額 typed into the grid, the rest worked out), the totals line,
 * the split by department, and the financial system's CSV taken in.
 */
public final class BudgetTableViewModel extends MonthTableViewModel {
    /**
     * A line of the grid as shown; {@code source} the budget line it shows (its year and version; null for the totals
     * and the departments), {@code total} for the totals line.
     */
    public record BudgetRow(BudgetMonthLine line, BudgetLine source, boolean total) {
        public String text(long value) {
            return MeterRow.number(value);
        }

        public String rate() {
            return line.rate().map(r -> r.toPlainString() + "%").orElse("—");
        }
    }

    // Properties
    private final ObservableList<BudgetRow> rows = FXCollections.observableArrayList();
    private final ObservableList<BudgetRow> departments = FXCollections.observableArrayList();

    public BudgetTableViewModel(
            Session session, TaskExecutor executor, DialogService dialogs, LongConsumer openCase, Runnable showCases) {
        super(session, executor, dialogs, openCase, showCases);
    }

    @Override
    public String typeCode() {
        return "4-2";
    }

    public ObservableList<BudgetRow> rows() {
        return rows;
    }

    public ObservableList<BudgetRow> departments() {
        return departments;
    }

    @Override
    protected String fileName(YearMonth m) {
        return "集約化経費執行実績_" + m + ".xlsx";
    }

    @Override
    protected void load(YearMonth m) {
        executor.run(
                Messages.get("table.task.load"),
                () -> new BudgetService(session.context()).month(session.user(), m),
                this::show,
                this::failed);
    }

    private void show(BudgetService.BudgetMonth m) {
        if (!m.month().equals(monthProperty().get())) {
            return;
        }
        List<BudgetRow> shown = new ArrayList<>();
        for (int i = 0; i < m.lines().size(); i++) {
            shown.add(new BudgetRow(m.lines().get(i), m.sources().get(i), false));
        }
        shown.add(new BudgetRow(BudgetMonthLine.sum(Messages.get("table.total"), "", m.lines()), null, true));
        rows.setAll(shown);
        departments.setAll(
                m.departments().stream().map(l -> new BudgetRow(l, null, false)).toList());
    }

    // Commands

    /** The line's 当月の執行額, typed into the grid. */
    public void spend(BudgetRow row, String amount) {
        if (row.total() || amount == null || amount.isBlank()) {
            return;
        }
        YearMonth m = monthProperty().get();
        executor.run(
                Messages.get("table.task.save"),
                () -> {
                    new BudgetService(session.context())
                            .spend(
                                    session.user(),
                                    m,
                                    row.line().code(),
                                    row.line().department(),
                                    whole(amount));
                    return row.line().code();
                },
                code -> {
                    say(Messages.format("table.budget.saved", code, row.line().department(), m.toString()));
                    refresh();
                },
                e -> {
                    failed(e);
                    refresh();
                });
    }

    /** The fiscal year (April–March) of the month shown, offered in the 予算の行を追加 form. */
    public int fiscalYear() {
        return BudgetLine.fiscalYearOf(monthProperty().get());
    }

    /** 予算の行を追加: 年度, 予算科目コード, 経費種別・科目名, 所属, 予算額 (the fields of {@code budget line}). */
    public void addLine(List<String> values, Runnable done, Consumer<String> refused) {
        register(
                () -> {
                    int year = Math.toIntExact(whole(values.get(0)));
                    new BudgetService(session.context())
                            .addLine(
                                    session.user(),
                                    year,
                                    values.get(1),
                                    values.get(2),
                                    values.get(3),
                                    whole(values.get(4)));
                    return Messages.format(
                            "table.budget.lineAdded",
                            values.get(1).strip(),
                            values.get(3).strip(),
                            Integer.toString(year));
                },
                done,
                refused);
    }

    /** 予算の行を変更: 経費種別・科目名 and 予算額, against the line's version shown (a conflict is shown, never overwritten). */
    public void changeLine(BudgetRow row, List<String> values, Runnable done, Consumer<String> refused) {
        BudgetLine line = row.source();
        change(
                () -> {
                    new BudgetService(session.context())
                            .changeLine(
                                    session.user(),
                                    line.fiscalYear(),
                                    line.code(),
                                    line.department(),
                                    line.version(),
                                    values.get(0),
                                    whole(values.get(1)));
                    return Messages.format(
                            "table.budget.lineChanged",
                            line.code(),
                            line.department(),
                            Integer.toString(line.fiscalYear()));
                },
                done,
                refused);
    }

    /** Takes in the financial system's payment export (CSV). */
    public void importCsv() {
        dialogs.chooseOpenFile(Messages.get("table.budget.csv"), FileKind.IMPORT)
                .ifPresent(file -> executor.run(
                        Messages.get("table.budget.csv"),
                        () -> new BudgetCsvImport(session.context()).run(session.user(), ImportFiles.open(file)),
                        text -> {
                            say(text);
                            refresh();
                        },
                        e -> {
                            failed(e);
                            dialogs.showError(ErrorText.of(e));
                        }));
    }

    @Override
    protected void writeExcel(YearMonth m, Path file) {
        BudgetWorkbook.export(session.context(), session.user(), m, file);
    }

    @Override
    protected String readExcel(Path file) {
        return new BudgetImport(session.context()).run(session.user(), ImportFiles.open(file));
    }
}
