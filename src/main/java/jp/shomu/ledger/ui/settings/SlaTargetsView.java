package jp.shomu.ledger.ui.settings;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxTableCell;
import javafx.scene.control.cell.TextFieldTableCell;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import jp.shomu.ledger.ui.common.Controls;
import jp.shomu.ledger.ui.common.Messages;
import jp.shomu.ledger.ui.settings.SlaTargetsViewModel.ItemRow;

/** The SLA targets in force, the form of a proposal, and the open proposals below. */
final class SlaTargetsView extends SplitPane {
    SlaTargetsView(SlaTargetsViewModel vm) {
        setId("settings-sla");
        setOrientation(javafx.geometry.Orientation.VERTICAL);
        Label current = Controls.message("muted");
        current.setId("sla-current");
        current.textProperty().bind(vm.currentProperty());

        TableView<ItemRow> items = new TableView<>(vm.items());
        items.setId("sla-items");
        items.setEditable(true);
        TableColumn<ItemRow, Boolean> listed = new TableColumn<>(Messages.get("settings.sla.listed"));
        listed.setCellValueFactory(cd -> cd.getValue().listedProperty());
        listed.setCellFactory(CheckBoxTableCell.forTableColumn(listed));
        listed.setPrefWidth(60);
        TableColumn<ItemRow, String> metric =
                ProposalsView.column("settings.sla.metric", 170, r -> r.metric().label());
        TableColumn<ItemRow, String> inForce = new TableColumn<>(Messages.get("settings.sla.inForce"));
        inForce.setCellValueFactory(cd -> cd.getValue().inForceProperty());
        inForce.setPrefWidth(110);
        TableColumn<ItemRow, String> name = new TableColumn<>(Messages.get("settings.sla.name"));
        name.setCellValueFactory(cd -> cd.getValue().nameProperty());
        name.setCellFactory(TextFieldTableCell.forTableColumn());
        name.setPrefWidth(220);
        TableColumn<ItemRow, String> target = new TableColumn<>(Messages.get("settings.sla.target"));
        target.setCellValueFactory(cd -> cd.getValue().targetProperty());
        target.setCellFactory(TextFieldTableCell.forTableColumn());
        target.setPrefWidth(110);
        TableColumn<ItemRow, String> unit = ProposalsView.column(
                "settings.sla.unit", 70, r -> r.metric().unit() + (r.metric().higherIsBetter() ? "以上" : "以下"));
        items.getColumns().addAll(listed, metric, inForce, name, target, unit);
        VBox.setVgrow(items, Priority.ALWAYS);

        TextField from = new TextField();
        from.setId("sla-from");
        from.setPrefColumnCount(7);
        from.textProperty().bindBidirectional(vm.fromProperty());
        Label fromLabel = Controls.labelFor("settings.sla.from", from);
        TextField summary = new TextField();
        summary.setId("sla-summary");
        summary.setPromptText(Messages.get("settings.sla.summaryPrompt"));
        summary.textProperty().bindBidirectional(vm.summaryProperty());
        HBox.setHgrow(summary, Priority.ALWAYS);
        Label summaryLabel = Controls.labelFor("settings.sla.summary", summary);
        Button propose = Controls.button("settings.sla.propose", vm::propose);
        propose.setId("sla-propose");
        HBox form = new HBox(8, fromLabel, from, summaryLabel, summary, propose);
        form.setAlignment(Pos.CENTER_LEFT);
        propose.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        form.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);

        Label explain = Controls.message("muted");
        explain.setText(Messages.get("settings.sla.explain"));
        explain.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE); // wrapped in full, not cut off beside the table
        VBox top = new VBox(6, Controls.label("settings.sla.title", "section-title"), current, items, explain, form);
        getItems().addAll(top, new ProposalsView(vm.proposals(), "sla"));
        setDividerPositions(0.47);
    }
}
