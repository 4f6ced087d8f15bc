package jp.shomu.ledger.ui.tables;

import java.util.List;
import java.util.function.ToLongFunction;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.tables.BudgetMonthLine;
import jp.shomu.ledger.ui.common.Controls;
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

        Button csv = Controls.button("table.budget.csvButton", vm::importCsv);
        csv.setId("budget-import-csv");
        csv.setDisable(!vm.mayEdit());
        csv.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        Label hint = new Label(Messages.get("table.budget.hint"));
        hint.setWrapText(true);
        HBox.setHgrow(hint, Priority.ALWAYS);
        HBox bottom = new HBox(8, csv, hint);
        bottom.setAlignment(Pos.CENTER_LEFT);
        return new VBox(4, both, bottom);
    }

    private static TableColumn<BudgetRow, String> amount(String key, ToLongFunction<BudgetMonthLine> value) {
        return GridColumns.shown(key, 84, true, r -> r.text(value.applyAsLong(r.line())));
    }
}
