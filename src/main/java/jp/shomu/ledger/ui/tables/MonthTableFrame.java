package jp.shomu.ledger.ui.tables;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;

/**
 * The frame every table screen shares: the month and its arrows, the month-end case, Excel out and in, the way to the
 * cases list, the grid in the middle and the status line below.
 */
public class MonthTableFrame extends BorderPane {
    protected MonthTableFrame(MonthTableViewModel vm, String titleKey, Node content) {
        Label title = new Label(Messages.get(titleKey));
        title.getStyleClass().add("section-title");
        Label month = new Label();
        month.setId("table-month");
        month.textProperty().bind(vm.monthTextProperty());
        month.setMinWidth(150);
        month.setAlignment(Pos.CENTER);
        Button previous = Controls.button("table.previous", vm::previousMonth);
        previous.setId("table-previous");
        Button next = Controls.button("table.next", vm::nextMonth);
        next.setId("table-next");
        Button monthEnd = Controls.button("table.monthEndCase", vm::monthEndCase);
        monthEnd.setId("table-month-end-case");
        Button export = Controls.button("table.export", vm::exportExcel);
        export.setId("table-export");
        Button importSheet = Controls.button("table.import", vm::importExcel);
        importSheet.setId("table-import");
        importSheet.setDisable(!vm.mayEdit());
        Button cases = Controls.button("table.cases", vm::showCases);
        cases.setId("table-cases");
        HBox bar = new HBox(8, title, previous, month, next, Controls.spacer(), monthEnd, export, importSheet, cases);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(6, 8, 6, 8));
        Label status = Controls.message("status-bar");
        status.setId("table-status");
        status.textProperty().bind(vm.statusProperty());
        status.setMaxWidth(Double.MAX_VALUE);
        setTop(bar);
        setCenter(content);
        setBottom(status);
        BorderPane.setMargin(content, new Insets(0, 8, 4, 8));
    }
}
