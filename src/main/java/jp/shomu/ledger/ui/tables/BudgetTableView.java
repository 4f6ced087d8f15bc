package jp.shomu.ledger.ui.tables;

import java.util.List;
import java.util.function.ToLongFunction;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.tables.BudgetMonthLine;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.tables.BudgetTableViewModel.BudgetRow;

/** The 4-2 screen: the budget lines' month with 当月の執行額 typed in, the totals line and the split by department. */
public final class BudgetTableView extends MonthTableFrame {
    public BudgetTableView(BudgetTableViewModel vm) {
        super(vm, "table.budget.title", content(vm));
        setId("budget-table-screen");
    }

    private static VBox content(BudgetTableViewModel vm) {
        TableView<BudgetRow> grid = new TableView<>(vm.rows());
        grid.setId("budget-grid");
        TableColumn<BudgetRow, String> month =
                GridColumns.typed("table.budget.month", 84, r -> r.text(r.line().month()), BudgetRow::total);
        month.setOnEditCommit(e -> {
            vm.spend(e.getRowValue(), e.getNewValue());
            GridColumns.focusNext(grid, e.getTablePosition().getRow(), month);
        });
        grid.getColumns()
                .addAll(List.of(
                        GridColumns.shown(
                                "table.budget.code", 74, false, r -> r.line().code()),
                        GridColumns.shown(
                                "table.budget.name", 90, false, r -> r.line().name()),
                        GridColumns.shown(
                                "table.department", 70, false, r -> r.line().department()),
                        amount("table.budget.budget", BudgetMonthLine::budget),
                        amount("table.budget.before", BudgetMonthLine::before),
                        month,
                        amount("table.budget.cumulative", BudgetMonthLine::cumulative),
                        amount("table.budget.remaining", BudgetMonthLine::remaining),
                        GridColumns.shown("table.budget.rate", 62, true, BudgetRow::rate)));
        GridColumns.keyboardFirst(grid, BudgetRow::total);
        grid.setEditable(vm.mayEdit());
        grid.setPlaceholder(new Label(Messages.get("table.budget.empty")));
        HBox.setHgrow(grid, Priority.ALWAYS);

        TableView<BudgetRow> split = new TableView<>(vm.departments());
        split.setId("budget-departments");
        split.getColumns()
                .addAll(List.of(
                        GridColumns.shown(
                                "table.department", 62, false, r -> r.line().department()),
                        amount("table.budget.cumulative", BudgetMonthLine::cumulative),
                        GridColumns.shown("table.budget.rate", 54, true, BudgetRow::rate)));
        split.setPrefWidth(206);
        split.setMinWidth(206);
        split.setPlaceholder(new Label(""));
        VBox side = new VBox(4, new Label(Messages.get("table.byDepartment")), split);
        VBox.setVgrow(split, Priority.ALWAYS);
        HBox both = new HBox(8, grid, side);
        VBox.setVgrow(both, Priority.ALWAYS);

        Button csv = TableButtons.offered("table.budget.csvButton", vm.mayEdit(), vm::importCsv);
        csv.setId("budget-import-csv");
        Label hint = new Label(Messages.get("table.budget.hint"));
        hint.setWrapText(true);
        return new VBox(4, both, TableButtons.row(hint, csv, addLine(vm), changeLine(vm, grid)));
    }

    /** ［予算の行を変更…］ for the line selected: 経費種別・科目名 and 予算額, against the version shown. */
    private static Button changeLine(BudgetTableViewModel vm, TableView<BudgetRow> grid) {
        Button change =
                TableButtons.onRow("table.budget.changeLine", vm.mayEdit(), grid, r -> r.source() != null, row -> {
                    new RegisterRowDialog(
                                    "table.budget.changeLineTitle",
                                    Messages.format(
                                            "table.budget.changeLineHeader",
                                            row.source().label()),
                                    "table.change.ok",
                                    List.of(
                                            new RegisterRowDialog.Field(
                                                    "table.budget.changeNameField",
                                                    "line-name",
                                                    row.source().name()),
                                            new RegisterRowDialog.Field(
                                                    "table.budget.changeBudgetField",
                                                    "line-budget",
                                                    row.text(row.source().budget()))),
                                    (values, done, refused) -> vm.changeLine(row, values, done, refused))
                            .showAndWait();
                });
        change.setId("budget-change-line");
        return change;
    }

    /** ［予算の行を追加…］: the fields of {@code budget line}, the year of the month shown offered. */
    private static Button addLine(BudgetTableViewModel vm) {
        Button add = TableButtons.offered(
                "table.budget.addLine",
                vm.mayEdit(),
                () -> new RegisterRowDialog(
                                "table.budget.addLineTitle",
                                List.of(
                                        new RegisterRowDialog.Field(
                                                "table.budget.yearField",
                                                "line-year",
                                                Integer.toString(vm.fiscalYear())),
                                        new RegisterRowDialog.Field("table.budget.codeField", "line-code", ""),
                                        new RegisterRowDialog.Field("table.budget.nameField", "line-name", ""),
                                        new RegisterRowDialog.Field(
                                                "table.budget.departmentField", "line-department", ""),
                                        new RegisterRowDialog.Field("table.budget.budgetField", "line-budget", "")),
                                vm::addLine)
                        .showAndWait());
        add.setId("budget-add-line");
        return add;
    }

    private static TableColumn<BudgetRow, String> amount(String key, ToLongFunction<BudgetMonthLine> value) {
        return GridColumns.shown(key, 84, true, r -> r.text(value.applyAsLong(r.line())));
    }
}
