package jp.shomu.ledger.ui.tables;

import java.util.List;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.tables.UnitPrice;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The 6-2 screen: the month's counters typed into the grid (Enter to edit, Enter to record and go on, Space toggles
 * メーター交換), usage and charges worked out, the totals line, and the charges by department beside it.
 */
public final class MeterTableView extends MonthTableFrame {
    public MeterTableView(MeterTableViewModel vm) {
        super(vm, "table.meter.title", content(vm));
        setId("meter-table-screen");
    }

    private static String text(String typed) {
        return typed == null ? "" : typed;
    }

    private static VBox content(MeterTableViewModel vm) {
        TableView<MeterRow> grid = new TableView<>(vm.rows());
        grid.setId("meter-grid");
        TableColumn<MeterRow, String> mono = GridColumns.typed("table.meter.mono", 88, MeterRow::mono, MeterRow::total);
        TableColumn<MeterRow, String> colour =
                GridColumns.typed("table.meter.colour", 80, MeterRow::colour, MeterRow::total);
        TableColumn<MeterRow, String> replaced = GridColumns.shown(
                "table.meter.replaced", 48, false, r -> r.replaced() ? Messages.get("table.meter.replacedMark") : "");
        grid.getColumns()
                .addAll(List.of(
                        GridColumns.shown("table.meter.machine", 84, false, MeterRow::machine),
                        GridColumns.shown("table.meter.department", 80, false, MeterRow::department),
                        GridColumns.shown("table.meter.lastMono", 84, true, MeterRow::lastMono),
                        GridColumns.shown("table.meter.lastColour", 74, true, MeterRow::lastColour),
                        mono,
                        colour,
                        replaced,
                        GridColumns.shown("table.meter.usedMono", 84, true, MeterRow::usedMono),
                        GridColumns.shown("table.meter.usedColour", 74, true, MeterRow::usedColour),
                        GridColumns.shown("table.meter.charge", 84, true, MeterRow::charge)));
        GridColumns.keyboardFirst(grid, MeterRow::total);
        grid.setEditable(vm.mayEdit());
        mono.setOnEditCommit(e -> {
            vm.enter(
                    e.getRowValue(),
                    text(e.getNewValue()),
                    e.getRowValue().colour(),
                    e.getRowValue().replaced());
            GridColumns.focusNext(grid, e.getTablePosition().getRow(), mono);
        });
        colour.setOnEditCommit(e -> {
            vm.enter(
                    e.getRowValue(),
                    e.getRowValue().mono(),
                    text(e.getNewValue()),
                    e.getRowValue().replaced());
            GridColumns.focusNext(grid, e.getTablePosition().getRow(), colour);
        });
        grid.setOnKeyPressed(e -> {
            var at = grid.getFocusModel().getFocusedCell();
            MeterRow row = grid.getFocusModel().getFocusedItem();
            if (e.getCode() == KeyCode.SPACE
                    && at != null
                    && at.getTableColumn() == replaced
                    && row != null
                    && !row.total()
                    && vm.mayEdit()) {
                vm.enter(row, row.mono(), row.colour(), !row.replaced());
                e.consume();
            }
        });
        grid.setPlaceholder(new Label(Messages.get("table.meter.empty")));
        HBox.setHgrow(grid, Priority.ALWAYS);

        TableView<MeterTableViewModel.DepartmentRow> split = new TableView<>(vm.departments());
        split.setId("meter-departments");
        split.getColumns()
                .addAll(List.of(
                        GridColumns.shown("table.department", 96, false, MeterTableViewModel.DepartmentRow::department),
                        GridColumns.shown("table.meter.charge", 84, true, MeterTableViewModel.DepartmentRow::charge)));
        split.setPrefWidth(200);
        split.setMinWidth(200);
        split.setPlaceholder(new Label(""));
        Label splitTitle = new Label(Messages.get("table.byDepartment"));
        VBox side = new VBox(4, splitTitle, split);
        VBox.setVgrow(split, Priority.ALWAYS);
        HBox box = new HBox(8, grid, side);
        VBox.setVgrow(box, Priority.ALWAYS);
        Label hint = new Label(Messages.get("table.meter.hint"));
        hint.setWrapText(true);
        return new VBox(
                4,
                box,
                TableButtons.row(
                        hint,
                        addMachine(vm),
                        changeMachine(vm, grid),
                        retireMachine(vm, grid),
                        recordReplacement(vm, grid)));
    }

    /** ［複合機を変更…］ for the machine selected: {@code meter machine change}, its fields as the month shows them. */
    private static Button changeMachine(MeterTableViewModel vm, TableView<MeterRow> grid) {
        Button change = TableButtons.onRow("table.meter.changeMachine", vm.mayEdit(), grid, r -> !r.total(), row -> {
            var copier = row.line().copier();
            new RegisterRowDialog(
                            "table.meter.changeMachineTitle",
                            Messages.format("table.meter.changeMachineHeader", row.machine()),
                            "table.change.ok",
                            List.of(
                                    new RegisterRowDialog.Field(
                                            "table.meter.machineField", "machine-code", copier.code()),
                                    new RegisterRowDialog.Field(
                                            "table.meter.departmentField", "machine-department", copier.department()),
                                    new RegisterRowDialog.Field(
                                            "table.meter.monoPrice",
                                            "machine-mono-price",
                                            UnitPrice.yen(copier.monoPriceSen())),
                                    new RegisterRowDialog.Field(
                                            "table.meter.colourPrice",
                                            "machine-colour-price",
                                            UnitPrice.yen(copier.colourPriceSen())),
                                    new RegisterRowDialog.Field(
                                            "table.meter.fromField", "machine-from", vm.changeFrom(row))),
                            (values, done, refused) -> vm.changeMachine(row, values, done, refused))
                    .showAndWait();
        });
        change.setId("meter-change-machine");
        return change;
    }

    /** ［複合機を撤去…］ for the machine selected: the month it leaves the table from, then a confirmation. */
    private static Button retireMachine(MeterTableViewModel vm, TableView<MeterRow> grid) {
        Button retire = TableButtons.onRow("table.meter.retireMachine", vm.mayEdit(), grid, r -> !r.total(), row -> {
            new RegisterRowDialog(
                            "table.meter.retireTitle",
                            Messages.format("table.meter.retireHeader", row.machine()),
                            "table.meter.retireOk",
                            List.of(new RegisterRowDialog.Field(
                                    "table.meter.retireFromField", "machine-retire-from", vm.changeFrom(row))),
                            (values, done, refused) -> vm.retireMachine(row, values, done, refused))
                    .showAndWait();
        });
        retire.setId("meter-retire-machine");
        return retire;
    }

    /**
     * ［メーター交換を記録…］ for the machine selected: the month's counters on the new meter and where it started
     * ({@code meter add --replaced --new-start-mono/--new-start-colour}).
     */
    private static Button recordReplacement(MeterTableViewModel vm, TableView<MeterRow> grid) {
        Button replace = TableButtons.onRow("table.meter.replacement", vm.mayEdit(), grid, r -> !r.total(), row -> {
            new RegisterRowDialog(
                            "table.meter.replacementTitle",
                            Messages.format(
                                    "table.meter.replacementHeader",
                                    row.machine(),
                                    vm.monthProperty().get().toString()),
                            "table.meter.replacementOk",
                            List.of(
                                    new RegisterRowDialog.Field(
                                            "table.meter.replacementMono",
                                            "replacement-mono",
                                            row.mono().replace(",", "")),
                                    new RegisterRowDialog.Field(
                                            "table.meter.replacementColour",
                                            "replacement-colour",
                                            row.colour().replace(",", "")),
                                    new RegisterRowDialog.Field(
                                            "table.meter.replacementStartMono", "replacement-start-mono", "0"),
                                    new RegisterRowDialog.Field(
                                            "table.meter.replacementStartColour", "replacement-start-colour", "0")),
                            (values, done, refused) -> vm.recordReplacement(row, values, done, refused))
                    .showAndWait();
        });
        replace.setId("meter-replacement");
        return replace;
    }

    /** ［複合機を登録…］: the fields of {@code meter machine add}. */
    private static Button addMachine(MeterTableViewModel vm) {
        var add = TableButtons.offered(
                "table.meter.addMachine",
                vm.mayEdit(),
                () -> new RegisterRowDialog(
                                "table.meter.addMachineTitle",
                                List.of(
                                        new RegisterRowDialog.Field("table.meter.machineField", "machine-code", ""),
                                        new RegisterRowDialog.Field(
                                                "table.meter.departmentField", "machine-department", ""),
                                        new RegisterRowDialog.Field("table.meter.monoPrice", "machine-mono-price", ""),
                                        new RegisterRowDialog.Field(
                                                "table.meter.colourPrice", "machine-colour-price", ""),
                                        new RegisterRowDialog.Field("table.meter.startMono", "machine-start-mono", ""),
                                        new RegisterRowDialog.Field(
                                                "table.meter.startColour", "machine-start-colour", "")),
                                vm::addMachine)
                        .showAndWait());
        add.setId("meter-add-machine");
        return add;
    }
}
