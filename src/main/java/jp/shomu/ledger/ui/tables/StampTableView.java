package jp.shomu.ledger.ui.tables;

import java.util.List;
import java.util.function.Function;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.domain.tables.StampLine;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.tables.StampTableViewModel.PostageRow;
import jp.shomu.ledger.ui.tables.StampTableViewModel.StampRow;

/**
 * The 6-1 screen: the stamp register with the month-end count typed in (differences in red), the line that records
 * stamps received or issued (Enter records), and the postage by department with 後納料金 and 通数 typed in.
 */
public final class StampTableView extends MonthTableFrame {
    public StampTableView(StampTableViewModel vm) {
        super(vm, "table.stamp.title", content(vm));
        setId("stamp-table-screen");
    }

    private static VBox content(StampTableViewModel vm) {
        TableView<StampRow> register = new TableView<>(vm.stamps());
        register.setId("stamp-grid");
        TableColumn<StampRow, String> counted =
                GridColumns.typed("table.stamp.counted", 62, StampRow::counted, StampRow::total);
        counted.setOnEditCommit(e -> {
            vm.count(e.getRowValue(), e.getNewValue() == null ? "" : e.getNewValue());
            GridColumns.focusNext(register, e.getTablePosition().getRow(), counted);
        });
        TableColumn<StampRow, String> difference =
                GridColumns.shown("table.stamp.difference", 56, true, StampRow::difference);
        TableColumn<StampRow, String> check = GridColumns.shown(
                "table.stamp.check", 60, false, r -> r.flagged() ? Messages.get("table.stamp.flag") : "");
        check.getStyleClass().add("table-flag");
        register.getColumns()
                .addAll(List.of(
                        GridColumns.shown("table.stamp.denomination", 66, true, StampRow::denomination),
                        movement("table.stamp.opening", StampLine::opening),
                        movement("table.stamp.in", StampLine::received),
                        movement("table.stamp.out", StampLine::issued),
                        movement("table.stamp.balance", StampLine::balance),
                        counted,
                        difference,
                        GridColumns.shown("table.stamp.worth", 90, true, StampRow::worth),
                        check));
        GridColumns.keyboardFirst(register, StampRow::total);
        register.setEditable(vm.mayEdit());
        register.setPlaceholder(new Label(Messages.get("table.stamp.empty")));

        TableView<PostageRow> cost = new TableView<>(vm.departments());
        cost.setId("postage-grid");
        TableColumn<PostageRow, String> postage =
                GridColumns.typed("table.stamp.postage", 84, PostageRow::postage, PostageRow::isTotal);
        TableColumn<PostageRow, String> pieces =
                GridColumns.typed("table.stamp.pieces", 50, PostageRow::pieces, PostageRow::isTotal);
        postage.setOnEditCommit(e -> {
            vm.postage(e.getRowValue(), e.getNewValue(), e.getRowValue().pieces());
            GridColumns.focusNext(cost, e.getTablePosition().getRow(), postage);
        });
        pieces.setOnEditCommit(e -> {
            vm.postage(e.getRowValue(), e.getRowValue().postage(), e.getNewValue());
            GridColumns.focusNext(cost, e.getTablePosition().getRow(), pieces);
        });
        cost.getColumns()
                .addAll(List.of(
                        GridColumns.shown("table.department", 80, false, PostageRow::department),
                        GridColumns.shown("table.stamp.stampsYen", 84, true, PostageRow::stamps),
                        postage,
                        pieces,
                        GridColumns.shown("table.stamp.total", 84, true, PostageRow::total)));
        GridColumns.keyboardFirst(cost, PostageRow::isTotal);
        cost.setEditable(vm.mayEdit());
        cost.setPlaceholder(new Label(""));
        cost.setMinWidth(390);
        VBox right = new VBox(4, new Label(Messages.get("table.stamp.costTitle")), cost, newPostage(vm));
        VBox.setVgrow(cost, Priority.ALWAYS);
        VBox left = new VBox(4, new Label(Messages.get("table.stamp.registerTitle")), register, entry(vm));
        VBox.setVgrow(register, Priority.ALWAYS);
        HBox.setHgrow(left, Priority.ALWAYS);
        HBox both = new HBox(8, left, right);
        VBox.setVgrow(both, Priority.ALWAYS);
        Label hint = new Label(Messages.get("table.stamp.hint"));
        hint.setWrapText(true);
        return new VBox(4, both, hint);
    }

    private static TableColumn<StampRow, String> movement(String key, Function<StampLine, Long> value) {
        return GridColumns.shown(key, 62, true, r -> r.total() ? "" : MeterRow.number(value.apply(r.line())));
    }

    /** 受入 / 払出, 所属, 額面, 枚数 and the button that records them (Enter in any field). */
    private static HBox entry(StampTableViewModel vm) {
        ToggleGroup kind = new ToggleGroup();
        RadioButton issue = new RadioButton(Messages.get("table.stamp.issue"));
        issue.setMnemonicParsing(true);
        issue.setId("stamp-issue");
        RadioButton receive = new RadioButton(Messages.get("table.stamp.receive"));
        receive.setMnemonicParsing(true);
        receive.setId("stamp-receive");
        issue.setToggleGroup(kind);
        receive.setToggleGroup(kind);
        issue.setSelected(vm.issuingProperty().get());
        receive.setSelected(!vm.issuingProperty().get());
        kind.selectedToggleProperty()
                .addListener((obs, old, t) -> vm.issuingProperty().set(t == issue));
        TextField department = field("stamp-department", 110, "table.stamp.departmentPrompt");
        department.textProperty().bindBidirectional(vm.departmentProperty());
        department.disableProperty().bind(vm.issuingProperty().not());
        TextField denomination = field("stamp-denomination", 70, "table.stamp.denominationPrompt");
        denomination.textProperty().bindBidirectional(vm.denominationProperty());
        TextField quantity = field("stamp-quantity", 70, "table.stamp.quantityPrompt");
        quantity.textProperty().bindBidirectional(vm.quantityProperty());
        Button record = Controls.button("table.stamp.record", vm::record);
        record.setId("stamp-record");
        for (TextField f : List.of(department, denomination, quantity)) {
            f.setOnAction(e -> vm.record());
        }
        HBox line = new HBox(6, issue, receive, department, denomination, quantity, record);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setDisable(!vm.mayEdit());
        return line;
    }

    /** A department's postage that is not in the table yet: 所属, 後納料金, 通数 (Enter records). */
    private static HBox newPostage(StampTableViewModel vm) {
        TextField department = field("postage-department", 80, "table.stamp.departmentPrompt");
        department.textProperty().bindBidirectional(vm.postageDepartmentProperty());
        TextField amount = field("postage-amount", 84, "table.stamp.postage");
        amount.textProperty().bindBidirectional(vm.postageAmountProperty());
        TextField pieces = field("postage-pieces", 50, "table.stamp.pieces");
        pieces.textProperty().bindBidirectional(vm.postagePiecesProperty());
        Button add = Controls.button("table.stamp.addPostage", vm::addPostage);
        add.setId("postage-add");
        for (TextField f : List.of(department, amount, pieces)) {
            f.setOnAction(e -> vm.addPostage());
        }
        HBox line = new HBox(6, department, amount, pieces, add);
        line.setAlignment(Pos.CENTER_LEFT);
        line.setDisable(!vm.mayEdit());
        return line;
    }

    private static TextField field(String id, double width, String promptKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setPrefWidth(width);
        f.setPromptText(Messages.get(promptKey));
        return f;
    }
}
